package org.leavenotify.adapter.persistence;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the adapter's Spring context against a store, and keeps the contract tests' contexts for the
 * whole run (they are closed when the JVM exits) so that every contract class reuses them.
 */
final class MongoStores {

    private static final Map<String, ConfigurableApplicationContext> SHARED = new HashMap<>();

    private MongoStores() {
    }

    /** The default store (nothing configured): the embedded server on a data directory of its own. */
    static synchronized ConfigurableApplicationContext sharedEmbedded() {
        return SHARED.computeIfAbsent("embedded", key -> start(embeddedAt(freshDataDir("contracts"))));
    }

    /** A MongoDB at {@code uri}, in a database of its own. */
    static synchronized ConfigurableApplicationContext sharedAt(String uri, String database) {
        return SHARED.computeIfAbsent(uri + "|" + database, key -> start(Map.of(
                "spring.mongodb.uri", uri,
                "spring.mongodb.database", database)));
    }

    static Map<String, Object> embeddedAt(Path dataDir) {
        return Map.of("leavenotify.embedded-store.data-dir", dataDir.toString());
    }

    static ConfigurableApplicationContext start(Map<String, Object> properties) {
        Map<String, Object> all = new HashMap<>(properties);
        all.putIfAbsent("spring.main.register-shutdown-hook", true);
        return new SpringApplicationBuilder(MongoTestApplication.class)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties(all)
                .run();
    }

    /** A new, empty data directory under {@code target/}. */
    static Path freshDataDir(String purpose) {
        return Path.of("target", "embedded-store-tests", purpose + "-" + UUID.randomUUID()).toAbsolutePath();
    }
}
