package org.leavenotify.adapter.persistence;

import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Data writes each document's class name into {@code _class}. When an adapter class moves to another
 * package, the documents stored before keep the former name; they must still be read (by the declared
 * type) as they were. Here: an employee as the release before the organisation's own package stored it.
 */
class FormerClassNamesTest {

    @Test
    void anEmployeeStoredUnderTheFormerPackageIsReadAsBefore() {
        ConfigurableApplicationContext store = MongoStores.sharedEmbedded();
        MongoTemplate mongo = store.getBean(MongoTemplate.class);
        mongo.getCollection("employees").insertOne(new Document("_id", "former-ivy")
                .append("username", "former-ivy")
                .append("displayName", "Ivy Irons")
                .append("roles", List.of("EMPLOYEE", "MANAGER"))
                .append("managerId", "former-jon")
                .append("active", true)
                .append("outbox", List.of())
                .append("_class", "org.leavenotify.adapter.persistence.leave.EmployeeDocument"));

        Employee ivy = store.getBean(EmployeeDirectoryPort.class).findById(new EmployeeId("former-ivy")).orElseThrow();

        assertThat(ivy.displayName()).isEqualTo("Ivy Irons");
        assertThat(ivy.roles()).containsExactlyInAnyOrder(Role.EMPLOYEE, Role.MANAGER);
        assertThat(ivy.managerId()).isEqualTo(new EmployeeId("former-jon"));
        assertThat(ivy.active()).isTrue();
        assertThat(store.getBean(EmployeeDirectoryPort.class).findByUsername("former-ivy")).isPresent();
    }
}
