package org.leavenotify.adapter.persistence.leave;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A public holiday, keyed by its ISO date ({@code 2026-12-25}). */
@Document(collection = MongoHolidayCalendar.COLLECTION)
record HolidayDocument(@Id String date, int year, String name) {
}
