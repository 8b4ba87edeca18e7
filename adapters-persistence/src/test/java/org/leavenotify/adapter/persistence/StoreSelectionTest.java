package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.leave.Employees;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;


/**
 * Which MongoDB {@code spring.mongodb.uri} selects (or the embedded store), with every auto-configuration on. The
 * in-memory store and unknown values of {@code leavenotify.store}: bootstrap's {@code InMemoryStoreTest}.
 */
class StoreSelectionTest {

    @Test
    void withNoMongoDbConfiguredTheEmbeddedStoreStartsOnItsDataFile() {
        Path dataDir = MongoStores.freshDataDir("selection");

        try (ConfigurableApplicationContext context = start(Map.of(
                "leavenotify.embedded-store.data-dir", dataDir.toString()))) {
            EmbeddedMongoStore embedded = context.getBean(EmbeddedMongoStore.class);
            assertThat(embedded.file()).isEqualTo(dataDir.resolve(EmbeddedMongoStore.FILE_NAME));
            assertThat(Files.exists(embedded.file())).isTrue();
            assertThat(context.getBean(MongoConnectionDetails.class).getConnectionString().getHosts())
                    .containsExactly("127.0.0.1:" + embedded.port());
            assertThat(context.getBean(StoreAnnouncement.class).line())
                    .startsWith("Store: embedded")
                    .contains("127.0.0.1:" + embedded.port(), embedded.file().toString());
            assertThat(context.getBean(MongoTemplate.class).getDb().getName()).isEqualTo(EmbeddedMongoStore.DATABASE);

            context.getBean(EmployeeDirectoryPort.class).save(Employees.alice());
            assertThat(context.getBean(EmployeeDirectoryPort.class).findByUsername("alice")).isPresent();
        }
    }

    @Test
    void theEmbeddedStoreReportsItselfHealthy() {
        try (ConfigurableApplicationContext context = start(Map.of(
                "leavenotify.embedded-store.data-dir", MongoStores.freshDataDir("health").toString()))) {
            Health health = context.getBean("mongoHealthIndicator", HealthIndicator.class).health();

            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("store", "embedded");
        }
    }

    @Test
    void withAUriTheApplicationConnectsThereAndStartsNothingEmbedded() {
        Path unusedDataDir = MongoStores.freshDataDir("unused");
        try (EmbeddedMongoStore elsewhere = EmbeddedMongoStore.start(MongoStores.freshDataDir("elsewhere"), 0);
             ConfigurableApplicationContext context = start(Map.of(
                     "spring.mongodb.uri", elsewhere.connectionString(),
                     "leavenotify.embedded-store.data-dir", unusedDataDir.toString()))) {

            assertThat(context.getBeanProvider(EmbeddedMongoStore.class).getIfAvailable()).isNull();
            assertThat(Files.exists(unusedDataDir)).isFalse();
            assertThat(context.getBean(StoreAnnouncement.class).line())
                    .isEqualTo("Store: MongoDB at " + elsewhere.connectionString());

            context.getBean(EmployeeDirectoryPort.class).save(Employees.alice());
            try (ConfigurableApplicationContext another = start(Map.of(
                    "spring.mongodb.uri", elsewhere.connectionString()))) {
                assertThat(another.getBean(EmployeeDirectoryPort.class).findById(Employees.ALICE)).isPresent();
            }
        }
    }

    @Test
    void theStartUpLineNeverShowsThePassword() {
        assertThat(StoreAnnouncement.mongoDb("mongodb://leave:s3cret@db.example.net:27017/leave").line())
                .isEqualTo("Store: MongoDB at mongodb://leave:****@db.example.net:27017/leave")
                .doesNotContain("s3cret");
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return new SpringApplicationBuilder(AutoConfiguredApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(properties)
                .run();
    }
}
