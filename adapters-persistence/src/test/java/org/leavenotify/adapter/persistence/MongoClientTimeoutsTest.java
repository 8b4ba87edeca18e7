package org.leavenotify.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;

class MongoClientTimeoutsTest {

    private static final MongoClientProperties DEFAULTS = new MongoClientProperties(Duration.ofSeconds(2),
            Duration.ofSeconds(2), Duration.ofSeconds(10));

    @Test
    void theClientGivesUpOnAnUnreachableStoreWithinSeconds() {
        MongoClientSettings settings = customized("mongodb://db:27017/leave");

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(2000);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isEqualTo(10000);
    }

    @Test
    void timeoutsSetInTheConnectionStringWin() {
        MongoClientSettings settings = customized(
                "mongodb://db:27017/leave?serverSelectionTimeoutMS=5000&connectTimeoutMS=3000&socketTimeoutMS=0");

        assertThat(settings.getClusterSettings().getServerSelectionTimeout(TimeUnit.MILLISECONDS)).isEqualTo(5000);
        assertThat(settings.getSocketSettings().getConnectTimeout(TimeUnit.MILLISECONDS)).isEqualTo(3000);
        assertThat(settings.getSocketSettings().getReadTimeout(TimeUnit.MILLISECONDS)).isZero();
    }

    /** As Spring Boot builds the client: the connection string first, then the customizers. */
    private static MongoClientSettings customized(String uri) {
        ConnectionString connectionString = new ConnectionString(uri);
        MongoClientSettings.Builder builder = MongoClientSettings.builder().applyConnectionString(connectionString);
        new MongoClientTimeouts(DEFAULTS, () -> connectionString).customize(builder);
        return builder.build();
    }
}
