package org.leavenotify.adapter.persistence.organisation;

import org.leavenotify.adapter.persistence.MongoIndexes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The organisation's storage adapter: employees, their reporting lines and the organisation's revisions
 * ({@code employees}, {@code organisation_revision}); imported by the persistence adapter's configuration.
 */
@Configuration(proxyBeanMethods = false)
public class OrganisationPersistenceConfiguration {

    @Bean
    MongoEmployeeDirectory employeeDirectory(SpringDataEmployeeRepository employees, MongoTemplate mongo,
                                             MongoIndexes indexes) {
        MongoEmployeeDirectory directory = new MongoEmployeeDirectory(employees, mongo);
        directory.createIndexes(indexes);
        return directory;
    }
}
