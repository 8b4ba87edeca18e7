package org.leavenotify.adapter.persistence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.leavenotify.application.contract.OutboxClaimContract;
import org.leavenotify.application.notification.port.out.OutboxClaimPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The outbox claim contract on every MongoDB store the other contracts run against: the embedded default,
 * the MongoDB at {@code TEST_MONGODB_URI} (skipped, saying why, when it is not set) and a MongoDB in a
 * container (skipped without Docker).
 */
class OutboxClaimContractsTest {

    private static final String COLLECTION = "outbox_claims";

    @Nested
    class OnTheEmbeddedStore extends MongoContracts {

        @Override
        protected ConfigurableApplicationContext context() {
            return MongoStores.sharedEmbedded();
        }

        @Nested
        class OutboxClaims extends OutboxClaimContract {
            @Override
            protected OutboxClaimPort emptyClaims() {
                return emptied(OutboxClaimPort.class, COLLECTION);
            }
        }
    }

    @Nested
    class OnTheMongoDbAtTestMongodbUri extends MongoContracts {

        private static final String URI = System.getenv("TEST_MONGODB_URI");
        private static final String DATABASE = "leavenotify_claims_" + UUID.randomUUID().toString().substring(0, 8);

        @BeforeEach
        void requireAMongoDb() {
            assumeTrue(URI != null && !URI.isBlank(),
                    "TEST_MONGODB_URI not set: set it to a MongoDB connection string to run the contract against it");
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

        @Nested
        class OutboxClaims extends OutboxClaimContract {
            @Override
            protected OutboxClaimPort emptyClaims() {
                return emptied(OutboxClaimPort.class, COLLECTION);
            }
        }
    }

    @Nested
    @Testcontainers(disabledWithoutDocker = true)
    class OnAMongoDbInAContainer extends MongoContracts {

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
            return MongoStores.sharedAt(mongo.getReplicaSetUrl(), "leavenotify_claims");
        }

        @Nested
        class OutboxClaims extends OutboxClaimContract {
            @Override
            protected OutboxClaimPort emptyClaims() {
                return emptied(OutboxClaimPort.class, COLLECTION);
            }
        }
    }
}
