package org.leavenotify.adapter.persistence.mail;

import org.leavenotify.adapter.persistence.MongoIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The e-mails notifications may become; imported by the persistence adapter's configuration. */
@Configuration(proxyBeanMethods = false)
public class MailPersistenceConfiguration {

    @Bean
    MongoMailIntents mailIntents(MongoTemplate mongo, MongoIndexes indexes) {
        MongoMailIntents intents = new MongoMailIntents(mongo);
        intents.createIndexes(indexes);
        return intents;
    }
}
