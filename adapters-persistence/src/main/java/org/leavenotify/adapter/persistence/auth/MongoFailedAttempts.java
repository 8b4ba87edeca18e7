package org.leavenotify.adapter.persistence.auth;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.adapter.persistence.MongoIndexes;
import org.leavenotify.application.auth.port.out.FailedAttemptsPort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.domain.Sort.Direction;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Failed attempts on MongoDB: one small document per key and window, {@code _id = <key>@<window start in
 * epoch seconds>}, holding {@code count} and {@code endsAt}. Counting is one upsert with {@code $inc} on
 * that {@code _id}, answered with the new count, so nodes counting at once never lose a failure; every
 * read is by {@code _id}. Ended windows are removed by the recovery sweep, and on a real MongoDB also by
 * a TTL index on {@code endsAt}.
 */
final class MongoFailedAttempts implements FailedAttemptsPort {

    static final String COLLECTION = "failed_attempts";

    private final MongoTemplate mongo;

    MongoFailedAttempts(MongoTemplate mongo, MongoIndexes indexes) {
        this.mongo = mongo;
        indexes.ensure(COLLECTION, new Index().on("endsAt", Direction.ASC).expire(Duration.ZERO)
                .named("failed_attempts_ttl"));
    }

    @Override
    public int recordFailure(String key, Instant start, Instant end) {
        return MongoCalls.call("counting a failed attempt", () -> {
            Document counted = mongo.findAndModify(query(where("_id").is(id(key, start))),
                    new Update().inc("count", 1).setOnInsert("endsAt", Date.from(end)),
                    FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
            return counted == null ? 1 : counted.getInteger("count", 1);
        });
    }

    @Override
    public int failures(String key, Instant start) {
        return MongoCalls.call("reading failed attempts", () -> {
            Document window = mongo.findById(id(key, start), Document.class, COLLECTION);
            return window == null ? 0 : window.getInteger("count", 0);
        });
    }

    @Override
    public void forget(String key, Instant start) {
        MongoCalls.run("forgetting failed attempts", () ->
                mongo.remove(query(where("_id").is(id(key, start))), COLLECTION));
    }

    @Override
    public int removeEndedBy(Instant instant) {
        return MongoCalls.call("removing ended windows of failed attempts", () -> Math.toIntExact(
                mongo.remove(query(where("endsAt").lte(Date.from(instant))), COLLECTION).getDeletedCount()));
    }

    private static String id(String key, Instant start) {
        return key + "@" + start.getEpochSecond();
    }
}
