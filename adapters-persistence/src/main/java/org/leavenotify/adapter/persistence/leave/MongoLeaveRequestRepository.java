package org.leavenotify.adapter.persistence.leave;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.adapter.persistence.MongoIndexes;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.application.shared.ConcurrentUpdate;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.PartialIndexFilter;
import org.springframework.data.mongodb.core.query.BasicUpdate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Leave requests on MongoDB, one document each with its outbox. Every write is a single-document
 * write guarded by the version it read, so no multi-document transaction is ever needed.
 */
final class MongoLeaveRequestRepository implements LeaveRequestRepositoryPort, PendingLeaveRequestsPort {

    static final String COLLECTION = "leave_requests";

    private static final String OUTBOX_NOT_EMPTY = "outbox.0";

    private final MongoTemplate mongo;

    MongoLeaveRequestRepository(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * A team's requests newest first; the sweep's look-up of requests with undispatched events, oldest
     * first, on a partial index that holds only those (usually very few); the requests of a status by id
     * (the follow-up sweep pages through the pending ones); and the pending requests by decider, on a
     * partial index that holds only the pending ones.
     */
    void createIndexes(MongoIndexes indexes) {
        indexes.ensure(COLLECTION,
                new Index().on("employeeId", Direction.ASC).on("createdAt", Direction.DESC)
                        .named("requests_by_employee"),
                new Index().on("createdAt", Direction.ASC).on("_id", Direction.ASC)
                        .partial(PartialIndexFilter.of(new Document(OUTBOX_NOT_EMPTY, new Document("$exists", true))))
                        .named("requests_with_undispatched_events"),
                new Index().on("status", Direction.ASC).on("_id", Direction.ASC).named("requests_by_status"),
                new Index().on("approverId", Direction.ASC).on("createdAt", Direction.DESC)
                        .partial(PartialIndexFilter.of(new Document("status", LeaveStatus.PENDING.name())))
                        .named("pending_requests_by_approver"));
        indexes.ensureForEmbeddedLookups(COLLECTION, new Index().on("_id", Direction.ASC).on("version", Direction.ASC)
                .unique().named("leave_request_version"));
    }

    @Override
    public LeaveRequest save(LeaveRequest request) {
        long readAt = request.version();
        LeaveRequestDocument document = LeaveRequestMapper.toDocument(request, readAt + 1);
        return MongoCalls.call("saving leave request " + request.id(), () -> {
            if (readAt == 0) {
                insert(document);
            } else {
                replace(document, readAt);
            }
            return request.withVersion(readAt + 1);
        });
    }

    private void insert(LeaveRequestDocument document) {
        try {
            mongo.insert(document, COLLECTION);
        } catch (DuplicateKeyException e) {
            throw new ConcurrentUpdate("leave request " + document.id() + " exists already");
        }
    }

    private void replace(LeaveRequestDocument document, long readAt) {
        var result = mongo.replace(query(where("_id").is(document.id()).and("version").is(readAt)), document,
                COLLECTION);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate("leave request " + document.id() + " was changed since it was read");
        }
    }

    @Override
    public Optional<LeaveRequest> findById(LeaveRequestId id) {
        return MongoCalls.call("loading leave request " + id, () ->
                Optional.ofNullable(mongo.findById(id.value(), LeaveRequestDocument.class, COLLECTION))
                        .map(LeaveRequestMapper::toDomain));
    }

    /** One {@code $in} on {@code _id}: a look-up per id, even on the embedded store. */
    @Override
    public List<LeaveRequest> findByIds(Collection<LeaveRequestId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query query = query(where("_id").in(ids.stream().map(LeaveRequestId::value).distinct().toList()));
        return MongoCalls.call("loading " + ids.size() + " leave requests", () ->
                mongo.find(query, LeaveRequestDocument.class, COLLECTION).stream()
                        .map(LeaveRequestMapper::toDomain)
                        .toList());
    }

    @Override
    public List<LeaveRequest> findByEmployees(Collection<EmployeeId> employees) {
        if (employees.isEmpty()) {
            return List.of();
        }
        List<String> ids = employees.stream().map(EmployeeId::value).distinct().toList();
        Query query = query(where("employeeId").in(ids))
                .with(Sort.by(Direction.DESC, "createdAt").and(Sort.by(Direction.DESC, "_id")));
        return MongoCalls.call("loading the leave requests of " + ids.size() + " employees", () ->
                mongo.find(query, LeaveRequestDocument.class, COLLECTION).stream()
                        .map(LeaveRequestMapper::toDomain)
                        .toList());
    }

    /**
     * Pending requests whose dates include {@code date}: ISO dates compare as text. Run when HR changes
     * a holiday (rare), so the scan of the embedded store is acceptable here.
     */
    @Override
    public List<LeaveRequest> findPendingCovering(LocalDate date) {
        String day = date.toString();
        Query query = query(where("status").is(LeaveStatus.PENDING.name())
                .and("startDate").lte(day).and("endDate").gte(day));
        return MongoCalls.call("loading the pending requests over " + day, () ->
                mongo.find(query, LeaveRequestDocument.class, COLLECTION).stream()
                        .map(LeaveRequestMapper::toDomain)
                        .toList());
    }

    /**
     * Pending requests in the order of their ids, after the cursor, that were submitted before the cut-off
     * and not escalated, or start by the day and were not flagged; a field written before follow-ups
     * existed is absent, which {@code null} matches.
     */
    @Override
    public List<LeaveRequest> findPendingToFollowUp(Instant submittedBefore, LocalDate startingBy,
                                                    LeaveRequestId after, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Criteria pending = where("status").is(LeaveStatus.PENDING.name());
        if (after != null) {
            pending = pending.and("_id").gt(after.value());
        }
        Criteria due = new Criteria().orOperator(
                where("createdAt").lt(submittedBefore).and("escalatedAt").is(null),
                where("startDate").lte(startingBy.toString()).and("startedUndecidedAt").is(null));
        Query query = query(new Criteria().andOperator(pending, due)).with(Sort.by(Direction.ASC, "_id")).limit(limit);
        return MongoCalls.call("looking for pending requests to follow up", () ->
                mongo.find(query, LeaveRequestDocument.class, COLLECTION).stream()
                        .map(LeaveRequestMapper::toDomain)
                        .toList());
    }

    @Override
    public List<LeaveRequest> findPendingWaitingFor(EmployeeId approver) {
        Query query = query(where("status").is(LeaveStatus.PENDING.name()).and("approverId").is(approver.value()))
                .with(Sort.by(Direction.DESC, "createdAt").and(Sort.by(Direction.DESC, "_id")));
        return MongoCalls.call("loading the pending requests waiting for " + approver, () ->
                mongo.find(query, LeaveRequestDocument.class, COLLECTION).stream()
                        .map(LeaveRequestMapper::toDomain)
                        .toList());
    }

    @Override
    public List<LeaveRequestId> findWithUndispatchedEvents(int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Query query = query(where(OUTBOX_NOT_EMPTY).exists(true))
                .with(Sort.by(Direction.ASC, "createdAt").and(Sort.by(Direction.ASC, "_id")))
                .limit(limit);
        query.fields().include("_id");
        // Spring Data stores a String id that reads as an ObjectId (the generated ids: 24 hex digits) as an
        // ObjectId; its hex form is the id again.
        return MongoCalls.call("looking for undispatched events", () ->
                mongo.find(query, Document.class, COLLECTION).stream()
                        .map(document -> new LeaveRequestId(document.get("_id").toString()))
                        .toList());
    }

    /**
     * One atomic update, conditional on the version just read: pulls the events out of the outbox and
     * moves the version on, if any was there (read again if a decision got in first).
     */
    @Override
    public void markDispatched(LeaveRequestId id, Set<EventId> eventIds) {
        if (eventIds.isEmpty()) {
            return;
        }
        List<String> ids = eventIds.stream().map(EventId::value).toList();
        var update = new BasicUpdate(new Document("$pull",
                new Document("outbox", new Document("eventId", new Document("$in", ids))))
                .append("$inc", new Document("version", 1L)));
        MongoCalls.run("marking events of leave request " + id + " dispatched", () -> {
            while (true) {
                LeaveRequestDocument stored = mongo.findById(id.value(), LeaveRequestDocument.class, COLLECTION);
                if (stored == null || stored.outbox() == null
                        || stored.outbox().stream().noneMatch(event -> ids.contains(event.eventId()))) {
                    return;
                }
                if (mongo.updateFirst(query(where("_id").is(id.value()).and("version").is(stored.version())), update,
                        COLLECTION).getModifiedCount() == 1) {
                    return;
                }
            }
        });
    }
}
