package org.leavenotify.adapter.persistence;

import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The store's health, by a {@code ping} to its database. It replaces Spring Boot's MongoDB indicator,
 * which asks for {@code hello}, a command the embedded store does not know (it would always report
 * DOWN there); {@code ping} works on both.
 */
final class MongoStoreHealthIndicator extends AbstractHealthIndicator {

    private final MongoTemplate mongo;
    private final String store;

    MongoStoreHealthIndicator(MongoTemplate mongo, String store) {
        super("The store did not answer a ping");
        this.mongo = mongo;
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        mongo.getDb().runCommand(new Document("ping", 1));
        builder.up().withDetail("store", store).withDetail("database", mongo.getDb().getName());
    }
}
