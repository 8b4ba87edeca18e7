package org.leavenotify.adapter.persistence.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.Date;

import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.application.notification.port.out.OutboxClaimPort;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Outbox claims on MongoDB, one small document per claimed request ({@code _id} = the request's id) in a
 * collection of their own. Claiming is one conditional upsert: it takes a claim that has ended, or
 * inserts a new one; when a live claim exists the upsert's insert hits the {@code _id} and fails with a
 * duplicate key, so of two nodes trying at once exactly one gets the outbox.
 *
 * <p>The claims live beside the requests, not inside their documents, because saving a request replaces
 * its whole document: a claim stored there would be wiped by the next leave action on that request.
 */
final class MongoOutboxClaims implements OutboxClaimPort {

    static final String COLLECTION = "outbox_claims";

    private final MongoTemplate mongo;

    MongoOutboxClaims(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean claim(LeaveRequestId request, String claimant, Instant now, Instant until) {
        var ended = query(where("_id").is(request.value()).and("claimedUntil").lte(Date.from(now)));
        var take = new Update().set("claimedBy", claimant).set("claimedUntil", Date.from(until));
        return MongoCalls.call("claiming the outbox of leave request " + request, () -> {
            try {
                mongo.upsert(ended, take, COLLECTION);
                return true;
            } catch (DuplicateKeyException e) {
                return false;
            }
        });
    }

    @Override
    public void release(LeaveRequestId request, String claimant) {
        MongoCalls.run("releasing the outbox claim on leave request " + request, () ->
                mongo.remove(query(where("_id").is(request.value()).and("claimedBy").is(claimant)), COLLECTION));
    }
}
