package org.leavenotify.adapter.persistence.leave;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.leavenotify.adapter.persistence.MongoCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Gives every employee and year that has leave requests stored by release 0.1 (which had no ledgers) its
 * ledger, once, at start-up, before anything is submitted: the requests of that year, oldest first, as
 * bookings at version 1, none pending. A marker in {@code schema_migrations} says it is done.
 *
 * <p>Safe to interrupt and to run again, and on several nodes at once: each ledger is inserted only if it
 * does not exist (a duplicate key means an earlier or concurrent run, or a submission after the marker,
 * wrote it already), and the marker is written last.
 */
final class LeaveLedgerMigration {

    static final String MARKERS = "schema_migrations";
    static final String MARKER = "leave-ledgers";
    private static final Logger LOG = LoggerFactory.getLogger(LeaveLedgerMigration.class);

    private final MongoTemplate mongo;

    LeaveLedgerMigration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Seeds the ledgers if that was not done before; returns how many ledgers it wrote. */
    int run() {
        return MongoCalls.call("giving leave requests their ledgers", () -> {
            if (mongo.findById(MARKER, Document.class, MARKERS) != null) {
                return 0;
            }
            Map<String, List<LeaveRequestDocument>> byLedger = new LinkedHashMap<>();
            mongo.findAll(LeaveRequestDocument.class, MongoLeaveRequestRepository.COLLECTION).stream()
                    .sorted(Comparator.comparing(LeaveRequestDocument::createdAt).thenComparing(LeaveRequestDocument::id))
                    .forEach(request -> byLedger.computeIfAbsent(request.employeeId() + "/"
                                    + LocalDate.parse(request.startDate()).getYear(), key -> new ArrayList<>())
                            .add(request));
            int written = 0;
            for (Map.Entry<String, List<LeaveRequestDocument>> ledger : byLedger.entrySet()) {
                LeaveRequestDocument first = ledger.getValue().get(0);
                mongo.upsert(query(where("_id").is(first.employeeId())),
                        new Update().addToSet("years", LocalDate.parse(first.startDate()).getYear()), MongoLeaveLedgers.YEARS);
                try {
                    mongo.insert(new LeaveLedgerDocument(ledger.getKey(), first.employeeId(),
                            LocalDate.parse(first.startDate()).getYear(), 1, ledger.getValue(), List.of(), null),
                            MongoLeaveLedgers.COLLECTION);
                    written++;
                } catch (DuplicateKeyException writtenBefore) {
                    // an interrupted or concurrent run, or a booking made after another node finished
                }
            }
            mongo.save(new Document("_id", MARKER).append("ledgers", byLedger.size()), MARKERS);
            if (!byLedger.isEmpty()) {
                LOG.info("Gave {} leave ledger(s) to the leave requests stored before ledgers existed", written);
            }
            return written;
        });
    }
}
