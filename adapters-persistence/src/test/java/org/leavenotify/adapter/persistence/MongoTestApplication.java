package org.leavenotify.adapter.persistence;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The smallest context the adapters run in: Boot's MongoDB client and template, and the adapter. */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({MongoAutoConfiguration.class, DataMongoAutoConfiguration.class})
@Import(PersistenceAdapterConfiguration.class)
class MongoTestApplication {
}
