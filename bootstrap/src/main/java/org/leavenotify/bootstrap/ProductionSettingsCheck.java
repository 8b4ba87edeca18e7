package org.leavenotify.bootstrap;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile without the settings it cannot guess: the MongoDB to use
 * and the JWT signing key. It runs before any bean exists, so nothing (not even an embedded store) is
 * started by mistake. The message names every missing setting and how to provide it.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final String PROD = "prod";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of(PROD))) {
            return;
        }
        List<String> missing = new ArrayList<>();
        if (!environment.containsProperty("spring.mongodb.uri")
                || environment.getProperty("spring.mongodb.uri", "").isBlank()) {
            missing.add("spring.mongodb.uri (environment variable SPRING_MONGODB_URI): the MongoDB connection string, "
                    + "e.g. mongodb://user:password@db1,db2,db3/leave?replicaSet=rs0");
        }
        if (environment.getProperty("leavenotify.jwt.secret", "").isBlank()) {
            missing.add("leavenotify.jwt.secret (environment variable JWT_SECRET): a base64 key of at least 256 bits, "
                    + "e.g. the output of `openssl rand -base64 32`");
        }
        if (Boolean.parseBoolean(environment.getProperty(DemoOrganisationCondition.PROPERTY, "false").strip())) {
            missing.add(DemoOrganisationCondition.PROPERTY + "=false: the demo users (published password) are never "
                    + "created under the prod profile; remove leavenotify.demo.enabled=true");
        }
        if (!missing.isEmpty()) {
            throw new MissingProductionSettings(missing);
        }
    }

    /** After the configuration files have been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** What the prod profile needs and did not get. */
    public static class MissingProductionSettings extends IllegalStateException {

        private final List<String> missing;

        MissingProductionSettings(List<String> missing) {
            super("The prod profile cannot start without: " + String.join("; ", missing));
            this.missing = List.copyOf(missing);
        }

        public List<String> missing() {
            return missing;
        }
    }
}
