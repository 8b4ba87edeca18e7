package org.leavenotify.adapter.persistence.leave;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.adapter.persistence.MongoIndexes;
import org.leavenotify.application.leave.LeaveLedger;
import org.leavenotify.application.leave.port.out.LeaveLedgerPort;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Leave ledgers on MongoDB, one document per employee and year, read and written by {@code _id}. The
 * first booking inserts the document (a second first booking gets a duplicate key); every later one is
 * an update filtered on the version it read. Either way the loser of a race is refused with
 * {@link ConcurrentUpdate} and changes nothing.
 */
final class MongoLeaveLedgers implements LeaveLedgerPort {

    static final String COLLECTION = "leave_ledgers";
    /** Per employee ({@code _id}), the years they have a ledger for: how their ledgers are found by id. */
    static final String YEARS = "leave_ledger_years";
    private static final String PENDING_NOT_EMPTY = "pending.0";

    private final MongoTemplate mongo;

    MongoLeaveLedgers(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The recovery sweep's look-up, on a partial index holding only ledgers with pending bookings; and for
     * the embedded store, the versioned booking's {@code _id, version}.
     */
    void createIndexes(MongoIndexes indexes) {
        indexes.ensure(COLLECTION, new Index().on("employeeId", Direction.ASC).on("year", Direction.ASC)
                .partial(PartialIndexFilter.of(new Document(PENDING_NOT_EMPTY, new Document("$exists", true))))
                .named("ledgers_with_pending_bookings"));
        indexes.ensureForEmbeddedLookups(COLLECTION, new Index().on("_id", Direction.ASC).on("version", Direction.ASC)
                .unique().named("leave_ledger_version"));
    }

    @Override
    public LeaveLedger ledgerOf(EmployeeId employee, int year) {
        return MongoCalls.call("loading the leave ledger of " + employee + " for " + year, () -> {
            LeaveLedgerDocument document = mongo.findById(id(employee, year), LeaveLedgerDocument.class, COLLECTION);
            return document == null ? LeaveLedger.empty(employee, year) : toDomain(document);
        });
    }

    @Override
    public void book(LeaveLedger read, LeaveRequest submitted) {
        LeaveRequestDocument booking = LeaveRequestMapper.toDocument(submitted, 0);
        writeIfUnchanged("booking leave request " + submitted.id(), read,
                new LeaveLedgerDocument(id(read.employee(), read.year()), read.employee().value(), read.year(), 1,
                        List.of(booking), List.of(submitted.id().value()), null),
                new Update().push("bookings", booking).push("pending", submitted.id().value()));
    }

    @Override
    public void setAllowance(LeaveLedger read, WorkingDays allowance) {
        writeIfUnchanged("setting the allowance in the leave ledger of " + read.employee() + " for " + read.year(), read,
                new LeaveLedgerDocument(id(read.employee(), read.year()), read.employee().value(), read.year(), 1,
                        List.of(), List.of(), allowance.halfDays()),
                new Update().set("allowanceHalfDays", allowance.halfDays()));
    }

    /**
     * The one way a ledger changes: a ledger never written is inserted as {@code first} (its year added to
     * the employee's years before), any other gets {@code change} with its version moved on, filtered on
     * the version read. Either way a ledger changed since it was read is refused and nothing changes.
     */
    private void writeIfUnchanged(String what, LeaveLedger read, LeaveLedgerDocument first, Update change) {
        MongoCalls.run(what, () -> {
            if (read.version() == 0) {
                mongo.upsert(query(where("_id").is(read.employee().value())),
                        new Update().addToSet("years", read.year()), YEARS);
                try {
                    mongo.insert(first, COLLECTION);
                } catch (DuplicateKeyException writtenMeanwhile) {
                    throw changedSinceRead(read);
                }
                return;
            }
            if (mongo.updateFirst(query(where("_id").is(first.id()).and("version").is(read.version())),
                    change.inc("version", 1), COLLECTION).getMatchedCount() == 0) {
                throw changedSinceRead(read);
            }
        });
    }

    @Override
    public void completed(EmployeeId employee, int year, LeaveRequestId request) {
        MongoCalls.run("completing the booking of leave request " + request, () ->
                mongo.updateFirst(query(where("_id").is(id(employee, year))), new Update().pull("pending", request.value()),
                        COLLECTION));
    }

    /**
     * Two look-ups by id: the employees' years, then their ledgers. A year is added before its ledger is
     * first written, so no ledger is missed (a year whose first booking failed just finds nothing).
     */
    @Override
    public List<LeaveLedger> ledgersOf(Collection<EmployeeId> employees) {
        if (employees.isEmpty()) {
            return List.of();
        }
        return MongoCalls.call("loading the leave ledgers of " + employees.size() + " employees", () -> {
            List<String> ids = new ArrayList<>();
            mongo.find(query(where("_id").in(employees.stream().map(EmployeeId::value).distinct().toList())),
                    Document.class, YEARS).forEach(employee -> {
                        List<?> years = employee.getList("years", Object.class, List.of());
                        years.forEach(year -> ids.add(employee.getString("_id") + "/" + ((Number) year).intValue()));
                    });
            if (ids.isEmpty()) {
                return List.<LeaveLedger>of();
            }
            return mongo.find(query(where("_id").in(ids)), LeaveLedgerDocument.class, COLLECTION).stream()
                    .map(MongoLeaveLedgers::toDomain).toList();
        });
    }

    /** Off the request path (the recovery sweep): a scan on the embedded store, the partial index elsewhere. */
    @Override
    public List<LeaveLedger> findWithPending(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Query query = query(where(PENDING_NOT_EMPTY).exists(true)).limit(limit);
        return MongoCalls.call("looking for pending bookings", () ->
                mongo.find(query, LeaveLedgerDocument.class, COLLECTION).stream().map(MongoLeaveLedgers::toDomain).toList());
    }

    static String id(EmployeeId employee, int year) {
        return employee.value() + "/" + year;
    }

    private static ConcurrentUpdate changedSinceRead(LeaveLedger read) {
        return new ConcurrentUpdate("the leave ledger of " + read.employee() + " for " + read.year()
                + " was changed since it was read");
    }

    private static LeaveLedger toDomain(LeaveLedgerDocument document) {
        List<LeaveRequest> bookings = document.bookings() == null ? List.of()
                : document.bookings().stream().map(LeaveRequestMapper::toDomain).map(booking -> booking.withVersion(0))
                .toList();
        Set<LeaveRequestId> pending = new HashSet<>();
        if (document.pending() != null) {
            document.pending().forEach(id -> pending.add(new LeaveRequestId(id)));
        }
        return new LeaveLedger(new EmployeeId(document.employeeId()), document.year(), document.version(), bookings,
                pending, document.allowanceHalfDays() == null ? null : new WorkingDays(document.allowanceHalfDays()));
    }
}
