package org.leavenotify.adapter.persistence.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.adapter.persistence.MongoIndexes;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Notifications on MongoDB. Every operation is one command: an insert kept unique by the dedup key,
 * a look-up by id and recipient together, a page by recipient and id range, one count, one update for
 * one notification and one multi-document update for all of a recipient's unread ones.
 */
final class MongoNotificationStore implements NotificationStorePort {

    static final String COLLECTION = "notifications";

    private final MongoTemplate mongo;

    MongoNotificationStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The unique dedup key makes storing idempotent. A recipient's feed pages on recipient + id, and
     * their unread ones are counted and paged on recipient + read (+ id). Recipient + id is declared
     * unique (it is, since the id is): the embedded store then uses it for the look-up and the update
     * of one notification by id and recipient, which it would otherwise answer by scanning.
     */
    void createIndexes(MongoIndexes indexes) {
        indexes.ensure(COLLECTION,
                new Index().on("dedupKey", Direction.ASC).unique().named("notification_dedup_key"),
                new Index().on("recipientId", Direction.ASC).on("_id", Direction.ASC).unique()
                        .named("notifications_by_recipient"),
                new Index().on("recipientId", Direction.ASC).on("read", Direction.ASC).on("_id", Direction.ASC)
                        .named("unread_notifications_by_recipient"));
    }

    /** A duplicate key means it was stored before (a retry or a race): the stored one is returned. */
    @Override
    public Notification insertIfAbsent(Notification notification) {
        return MongoCalls.call("storing notification " + notification.id(), () -> {
            try {
                mongo.insert(NotificationMapper.toDocument(notification), COLLECTION);
                return notification;
            } catch (DuplicateKeyException duplicate) {
                return Optional.ofNullable(mongo.findOne(query(where("dedupKey").is(notification.dedupKey())),
                                NotificationDocument.class, COLLECTION))
                        .map(NotificationMapper::toDomain)
                        .orElseThrow(() -> duplicate);
            }
        });
    }

    @Override
    public Optional<Notification> findById(EmployeeId recipient, NotificationId id) {
        return MongoCalls.call("loading notification " + id, () ->
                Optional.ofNullable(mongo.findOne(ofRecipient(recipient, id), NotificationDocument.class, COLLECTION))
                        .map(NotificationMapper::toDomain));
    }

    @Override
    public List<Notification> findPage(NotificationPageRequest request) {
        Criteria criteria = where("recipientId").is(request.recipient().value());
        if (request.unreadOnly()) {
            criteria = criteria.and("read").is(false);
        }
        Direction direction = Direction.DESC;
        if (request.after() != null) {
            criteria = criteria.and("_id").gt(request.after().value());
            direction = Direction.ASC;
        } else if (request.before() != null) {
            criteria = criteria.and("_id").lt(request.before().value());
        }
        Query query = query(criteria).with(Sort.by(direction, "_id"))
                .limit(request.limit() + 1);
        return MongoCalls.call("loading notifications of " + request.recipient(), () ->
                mongo.find(query, NotificationDocument.class, COLLECTION).stream()
                        .map(NotificationMapper::toDomain)
                        .toList());
    }

    @Override
    public long countUnread(EmployeeId recipient) {
        return MongoCalls.call("counting unread notifications of " + recipient, () ->
                mongo.count(unreadOf(recipient), COLLECTION));
    }

    /**
     * One update matching id and recipient together: it finds nothing for another recipient's id. The
     * read time is set with {@code $min}, so marking a read notification again keeps the first time
     * (times only move forward) and the same single write serves both cases.
     */
    @Override
    public boolean markRead(EmployeeId recipient, NotificationId id, Instant at) {
        Update read = new Update().set("read", true).min("readAt", Date.from(at));
        return MongoCalls.call("marking notification " + id + " read", () ->
                mongo.updateFirst(ofRecipient(recipient, id), read, COLLECTION).getMatchedCount() == 1);
    }

    @Override
    public long markAllRead(EmployeeId recipient, Instant at) {
        return MongoCalls.call("marking all notifications of " + recipient + " read", () ->
                mongo.updateMulti(unreadOf(recipient), readAt(at), COLLECTION).getModifiedCount());
    }

    private static Query ofRecipient(EmployeeId recipient, NotificationId id) {
        return query(where("_id").is(id.value()).and("recipientId").is(recipient.value()));
    }

    private static Query unreadOf(EmployeeId recipient) {
        return query(where("recipientId").is(recipient.value()).and("read").is(false));
    }

    private static Update readAt(Instant at) {
        return new Update().set("read", true).set("readAt", Date.from(at));
    }
}
