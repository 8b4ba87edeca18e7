package org.leavenotify.adapter.persistence;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What the contract tests of one MongoDB store share: its context, and each port handed over with its
 * collections emptied (not dropped, so that the indexes stay). Every subclass nests one class per port
 * contract (declared there, not here, so that test reports name the store they ran against).
 */
abstract class MongoContracts {

    /** The adapter's context, connected to the store under test. */
    protected abstract ConfigurableApplicationContext context();

    protected <T> T emptied(Class<T> port, String... collections) {
        for (String collection : collections) {
            context().getBean(MongoTemplate.class).remove(new Query(), collection);
        }
        return context().getBean(port);
    }
}
