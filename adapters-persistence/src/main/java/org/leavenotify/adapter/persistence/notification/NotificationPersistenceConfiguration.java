package org.leavenotify.adapter.persistence.notification;

import org.leavenotify.adapter.persistence.MongoIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The notification store adapter; imported by the persistence adapter's configuration. */
@Configuration(proxyBeanMethods = false)
public class NotificationPersistenceConfiguration {

    @Bean
    MongoNotificationPreferences notificationPreferences(MongoTemplate mongo) {
        return new MongoNotificationPreferences(mongo);
    }

    @Bean
    MongoNotificationStore notificationStore(MongoTemplate mongo, MongoIndexes indexes) {
        MongoNotificationStore store = new MongoNotificationStore(mongo);
        store.createIndexes(indexes);
        new NotificationFeedMigration(mongo, store).run();
        return store;
    }
}
