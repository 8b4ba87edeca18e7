package org.leavenotify.adapter.persistence.leave;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SpringDataAllowanceRepository extends MongoRepository<AllowanceDocument, String> {
}
