package org.leavenotify.adapter.persistence.leave;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One employee's annual-leave allowance for one year, in half days.
 *
 * @param id {@code <employee id>/<year>}, so that the look-up is by {@code _id}
 */
@Document(collection = MongoLeaveAllowances.COLLECTION)
record AllowanceDocument(@Id String id, String employeeId, int year, int halfDays) {

    static String idOf(String employeeId, int year) {
        return employeeId + "/" + year;
    }
}
