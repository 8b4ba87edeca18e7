package org.leavenotify.adapter.persistence.auth;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import org.bson.Document;
import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.application.auth.port.out.SessionGenerationsPort;
import org.leavenotify.domain.organisation.EmployeeId;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Session generations on MongoDB: one small document per person whose sessions were ever ended,
 * {@code _id} = the employee id, {@code generation} a number. Read by {@code _id} on every token check;
 * moved on by one {@code $inc} upsert on that {@code _id}, so two nodes ending sessions at once both count.
 */
final class MongoSessionGenerations implements SessionGenerationsPort {

    static final String COLLECTION = "session_generations";

    private final MongoTemplate mongo;

    MongoSessionGenerations(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public long current(EmployeeId employee) {
        return MongoCalls.call("reading a session generation", () -> {
            Document found = mongo.findById(employee.value(), Document.class, COLLECTION);
            return found == null ? 0L : ((Number) found.get("generation")).longValue();
        });
    }

    @Override
    public long endSessions(EmployeeId employee) {
        return MongoCalls.call("ending the sessions of " + employee, () -> {
            Document moved = mongo.findAndModify(query(where("_id").is(employee.value())),
                    new Update().inc("generation", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                    Document.class, COLLECTION);
            return moved == null ? 1L : ((Number) moved.get("generation")).longValue();
        });
    }
}
