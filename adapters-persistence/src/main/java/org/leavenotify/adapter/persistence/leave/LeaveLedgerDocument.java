package org.leavenotify.adapter.persistence.leave;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One employee's leave ledger of one year ({@code _id} {@code <employee>/<year>}): every request of that
 * year as booked, in a request's stored shape, the ids of those not yet stored as requests, and the
 * version that every booking moves on (and that every booking's write names); and the annual allowance
 * in half days when HR set it through the ledger.
 */
@Document(collection = MongoLeaveLedgers.COLLECTION)
record LeaveLedgerDocument(@Id String id, String employeeId, int year, long version,
                           List<LeaveRequestDocument> bookings, List<String> pending, Integer allowanceHalfDays) {
}
