package org.leavenotify.adapter.persistence.mail;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.adapter.persistence.MongoIndexes;
import org.leavenotify.application.mail.MailIntent;
import org.leavenotify.application.mail.MailState;
import org.leavenotify.application.mail.port.out.MailIntentsPort;
import org.leavenotify.domain.notification.NotificationId;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * E-mails to send on MongoDB, in {@code mail_intents}. Every change is one single-document update
 * conditional on what the caller saw (the state and who holds the claim), so two nodes never both take the
 * same e-mail and a sender whose claim ended cannot settle what another took since.
 */
final class MongoMailIntents implements MailIntentsPort {

    static final String COLLECTION = "mail_intents";

    private final MongoTemplate mongo;

    MongoMailIntents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The sweep's look-up: pending e-mails by when they are due; the retention's: settled ones by when. */
    void createIndexes(MongoIndexes indexes) {
        indexes.ensure(COLLECTION, new Index().on("state", Direction.ASC).on("nextAttemptAt", Direction.ASC)
                .named("mail_intents_due"), new Index().on("state", Direction.ASC).on("settledAt", Direction.ASC)
                .named("mail_intents_settled"));
    }

    @Override
    public void schedule(MailIntent intent) {
        MongoCalls.run("scheduling e-mail " + intent.id(), () -> {
            try {
                mongo.insert(toDocument(intent), COLLECTION);
            } catch (DuplicateKeyException scheduledAlready) {
                // one intent per notification and channel: the first one stays
            }
        });
    }

    @Override
    public List<MailIntent> findDue(Instant now, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        Query due = query(where("state").is(MailState.PENDING.name()).and("nextAttemptAt").lte(Date.from(now))
                .orOperator(where("claimedUntil").is(null), where("claimedUntil").lte(Date.from(now))))
                .with(Sort.by(Direction.ASC, "nextAttemptAt").and(Sort.by(Direction.ASC, "_id")))
                .limit(limit);
        return MongoCalls.call("looking for e-mails due", () ->
                mongo.find(due, MailIntentDocument.class, COLLECTION).stream().map(MongoMailIntents::toDomain).toList());
    }

    @Override
    public boolean claim(String id, String claimant, Instant now, Instant until) {
        Query free = query(where("_id").is(id).and("state").is(MailState.PENDING.name())
                .and("nextAttemptAt").lte(Date.from(now))
                .orOperator(where("claimedUntil").is(null), where("claimedUntil").lte(Date.from(now))));
        Update take = new Update().set("claimedBy", claimant).set("claimedUntil", Date.from(until));
        return MongoCalls.call("claiming e-mail " + id, () ->
                mongo.updateFirst(free, take, COLLECTION).getModifiedCount() == 1);
    }

    @Override
    public boolean settle(String id, String claimant, MailState state, String outcome, Instant at) {
        Update end = new Update().set("state", state.name()).set("outcome", outcome).set("settledAt", Date.from(at))
                .unset("claimedBy").unset("claimedUntil");
        if (state == MailState.DEAD) {
            end.inc("attempts", 1);
        }
        return MongoCalls.call("settling e-mail " + id, () ->
                mongo.updateFirst(heldBy(id, claimant), end, COLLECTION).getModifiedCount() == 1);
    }

    @Override
    public boolean retryLater(String id, String claimant, Instant nextAttemptAt, String failure) {
        Update later = new Update().set("nextAttemptAt", Date.from(nextAttemptAt)).set("outcome", failure).inc("attempts", 1)
                .unset("claimedBy").unset("claimedUntil");
        return MongoCalls.call("rescheduling e-mail " + id, () ->
                mongo.updateFirst(heldBy(id, claimant), later, COLLECTION).getModifiedCount() == 1);
    }

    @Override
    public Optional<MailIntent> findById(String id) {
        return MongoCalls.call("loading e-mail " + id, () ->
                Optional.ofNullable(mongo.findById(id, MailIntentDocument.class, COLLECTION)).map(MongoMailIntents::toDomain));
    }

    @Override
    public int removeSettledBefore(Instant cutoff, int limit) {
        if (limit <= 0) {
            return 0;
        }
        Query old = query(where("state").in(MailState.SENT.name(), MailState.SKIPPED.name())
                .and("settledAt").lt(Date.from(cutoff))).limit(limit);
        old.fields().include("_id");
        return MongoCalls.call("removing settled e-mails", () -> {
            List<Object> ids = mongo.find(old, Document.class, COLLECTION).stream()
                    .map(document -> document.get("_id")).toList();
            if (ids.isEmpty()) {
                return 0;
            }
            return (int) mongo.remove(query(where("_id").in(ids).and("state")
                    .in(MailState.SENT.name(), MailState.SKIPPED.name())), COLLECTION).getDeletedCount();
        });
    }

    @Override
    public long count(MailState state) {
        return MongoCalls.call("counting " + state + " e-mails", () ->
                mongo.count(query(where("state").is(state.name())), COLLECTION));
    }

    private static Query heldBy(String id, String claimant) {
        return query(new Criteria().andOperator(where("_id").is(id), where("state").is(MailState.PENDING.name()),
                where("claimedBy").is(claimant)));
    }

    private static MailIntentDocument toDocument(MailIntent intent) {
        return new MailIntentDocument(intent.id(), intent.recipientId().value(), intent.notificationId().value(),
                intent.state().name(), intent.createdAt(), intent.nextAttemptAt(), intent.attempts(), intent.claimedBy(),
                intent.claimedUntil(), intent.settledAt(), intent.outcome());
    }

    private static MailIntent toDomain(MailIntentDocument document) {
        return new MailIntent(document.id(), new EmployeeId(document.recipientId()),
                new NotificationId(document.notificationId()), MailState.valueOf(document.state()), document.createdAt(),
                document.nextAttemptAt(), document.attempts(), document.claimedBy(), document.claimedUntil(),
                document.settledAt(), document.outcome());
    }
}
