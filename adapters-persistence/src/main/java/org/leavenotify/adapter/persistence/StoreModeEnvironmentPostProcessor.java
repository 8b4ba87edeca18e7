package org.leavenotify.adapter.persistence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Reads {@code leavenotify.store} before any bean exists. {@code mongodb} (the default) changes nothing;
 * {@code in-memory} switches Spring Boot's MongoDB auto-configuration off, so that no client is created
 * and nothing waits for a server that is not there; any other value stops the start with a clear message.
 * Registered in {@code META-INF/spring.factories}.
 */
public final class StoreModeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    public static final String STORE_PROPERTY = "leavenotify.store";
    public static final String MONGODB = "mongodb";
    public static final String IN_MEMORY = "in-memory";

    static final String EXCLUDE_PROPERTY = "spring.autoconfigure.exclude";
    static final List<String> MONGO_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.MongoReactiveAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.health.MongoReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.mongodb.autoconfigure.metrics.MongoMetricsAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
            "org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveRepositoriesAutoConfiguration");

    private static final String SOURCE_NAME = "leavenotifyInMemoryStore";
    private static final String[] MONGODB_PROPERTIES = {"spring.mongodb.uri", "spring.mongodb.host"};

    /** The property that names a MongoDB of the operator's ({@code spring.mongodb.uri} or {@code .host}), or null. */
    public static String mongoDbConfiguredBy(Environment environment) {
        for (String property : MONGODB_PROPERTIES) {
            if (StringUtils.hasText(environment.getProperty(property))) {
                return property;
            }
        }
        return null;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String store = environment.getProperty(STORE_PROPERTY, MONGODB).strip();
        if (store.equals(MONGODB)) {
            return;
        }
        if (!store.equals(IN_MEMORY)) {
            throw new IllegalStateException(STORE_PROPERTY + " must be '" + MONGODB + "' or '" + IN_MEMORY
                    + "', not '" + store + "'");
        }
        Set<String> excluded = new LinkedHashSet<>(Binder.get(environment)
                .bind(EXCLUDE_PROPERTY, String[].class)
                .map(List::of)
                .orElse(List.of()));
        excluded.addAll(MONGO_AUTO_CONFIGURATIONS);
        environment.getPropertySources()
                .addFirst(new MapPropertySource(SOURCE_NAME, Map.of(EXCLUDE_PROPERTY, String.join(",", excluded))));
    }

    /** After the configuration files are read, so that a value set there counts. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
