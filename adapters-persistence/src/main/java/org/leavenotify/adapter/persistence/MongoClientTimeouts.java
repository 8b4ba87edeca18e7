package org.leavenotify.adapter.persistence;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.core.Ordered;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;

/**
 * Applies {@link MongoClientProperties} to the client Spring Boot builds, after Boot has applied the
 * connection string, unless that string sets the same timeout itself.
 */
final class MongoClientTimeouts implements MongoClientSettingsBuilderCustomizer, Ordered {

    private final MongoClientProperties properties;
    private final MongoConnectionDetails connection;

    MongoClientTimeouts(MongoClientProperties properties, MongoConnectionDetails connection) {
        this.properties = properties;
        this.connection = connection;
    }

    @Override
    public void customize(MongoClientSettings.Builder builder) {
        ConnectionString uri = connection.getConnectionString();
        builder.applyToClusterSettings(cluster -> {
            if (uri.getServerSelectionTimeout() == null) {
                cluster.serverSelectionTimeout(properties.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS);
            }
        });
        builder.applyToSocketSettings(socket -> {
            if (uri.getConnectTimeout() == null) {
                socket.connectTimeout(Math.toIntExact(properties.connectTimeout().toMillis()), TimeUnit.MILLISECONDS);
            }
            if (uri.getSocketTimeout() == null) {
                socket.readTimeout(Math.toIntExact(properties.readTimeout().toMillis()), TimeUnit.MILLISECONDS);
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
