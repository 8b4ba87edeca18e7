package org.leavenotify.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The port contracts against the MongoDB at {@code TEST_MONGODB_URI}, in a database of their own that
 * is dropped afterwards: {@code TEST_MONGODB_URI=mongodb://host:27017 mvn -pl adapters-persistence test}.
 * Skipped, saying why, when the variable is not set.
 */
class RealMongoContractsTest extends MongoContracts {

    private static final String URI = System.getenv("TEST_MONGODB_URI");
    private static final String DATABASE = "leavenotify_contracts_" + UUID.randomUUID().toString().substring(0, 8);

    /** Before every test (not once for the class), so that each skipped test carries the reason. */
    @BeforeEach
    void requireAMongoDb() {
        assumeTrue(URI != null && !URI.isBlank(),
                "TEST_MONGODB_URI not set: set it to a MongoDB connection string to run the contracts against it");
    }

    @AfterAll
    static void dropTheTestDatabase() {
        if (URI != null && !URI.isBlank()) {
            MongoStores.sharedAt(URI, DATABASE).getBean(MongoTemplate.class).getDb().drop();
        }
    }

    @Override
    protected ConfigurableApplicationContext context() {
        return MongoStores.sharedAt(URI, DATABASE);
    }
}
