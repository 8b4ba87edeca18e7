package org.leavenotify.adapter.persistence;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The port contracts against a real MongoDB in a container. Skipped where there is no Docker (as on
 * the machine this project was built on); runs wherever Docker is available.
 */
@Testcontainers(disabledWithoutDocker = true)
class TestcontainersMongoContractsTest extends MongoContracts {

    private static MongoDBContainer mongo;

    @BeforeAll
    static void startMongoDb() {
        if (mongo == null) {
            mongo = new MongoDBContainer("mongo:8.0");
            mongo.start();
        }
    }

    @Override
    protected ConfigurableApplicationContext context() {
        return MongoStores.sharedAt(mongo.getReplicaSetUrl(), "leavenotify_contracts");
    }
}
