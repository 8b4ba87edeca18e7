package org.leavenotify.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;

import org.junit.jupiter.api.Test;
import org.leavenotify.adapter.memory.InMemoryNotificationStore;
import org.leavenotify.application.notification.port.out.NotificationStorePort;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The in-memory store, chosen by {@code leavenotify.store=in-memory} or by the {@code in-memory} profile that
 * value switches on: every storage port in memory and no MongoDB anywhere (its auto-configuration is excluded by
 * the profile's {@code application-in-memory.properties}, so no client is created and nothing is waited for).
 */
class InMemoryStoreTest {

    @Test
    void theStoreSettingChoosesTheInMemoryAdaptersAndNoMongoDbClientIsCreated() {
        try (ConfigurableApplicationContext application = start("--leavenotify.store=in-memory")) {
            assertNoMongoDbAndTheInMemoryStore(application);
        }
    }

    @Test
    void theProfileAloneChoosesTheSame() {
        try (ConfigurableApplicationContext application = start("--spring.profiles.active=in-memory")) {
            assertNoMongoDbAndTheInMemoryStore(application);
            assertThat(application.getEnvironment().getProperty("leavenotify.store")).isEqualTo("in-memory");
        }
    }

    @Test
    void anUnknownStoreStopsTheStartSayingWhatIsAllowed() {
        assertThatThrownBy(() -> start("--leavenotify.store=embedded").close())
                .hasStackTraceContaining("leavenotify.store must be 'mongodb' or 'in-memory', not 'embedded'");
    }

    private static void assertNoMongoDbAndTheInMemoryStore(ConfigurableApplicationContext application) {
        assertThat(application.getEnvironment().getActiveProfiles()).contains("in-memory");
        assertThat(application.getBeanNamesForType(MongoClient.class)).isEmpty();
        assertThat(application.getBeanNamesForType(MongoTemplate.class)).isEmpty();
        assertThat(application.getBeanNamesForType(MongoConnectionDetails.class)).isEmpty();
        assertThat(application.getBeansOfType(HealthContributor.class)).doesNotContainKey("mongoHealthContributor")
                .doesNotContainKey("mongoHealthIndicator");
        // the port is wrapped for tracing; the wrapper shows what it wraps
        assertThat(application.getBean(NotificationStorePort.class).toString())
                .startsWith(InMemoryNotificationStore.class.getName() + "@");
    }

    private static ConfigurableApplicationContext start(String storeChoice) {
        // as arguments, which win over application.properties (default properties would not)
        return new SpringApplicationBuilder(LeaveNotifyApplication.class)
                .run("--server.port=0", "--spring.main.banner-mode=off", storeChoice);
    }
}
