package org.leavenotify.adapter.persistence;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The port contracts against the default store: the embedded mongo-java-server on its H2 file, as the
 * application starts it when no MongoDB is configured.
 */
class EmbeddedMongoContractsTest extends MongoContracts {

    @Override
    protected ConfigurableApplicationContext context() {
        return MongoStores.sharedEmbedded();
    }
}
