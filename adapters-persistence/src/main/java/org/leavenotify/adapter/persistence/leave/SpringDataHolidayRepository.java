package org.leavenotify.adapter.persistence.leave;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SpringDataHolidayRepository extends MongoRepository<HolidayDocument, String> {

    List<HolidayDocument> findByYear(int year);
}
