package org.leavenotify.bootstrap;

import java.nio.file.Path;
import java.util.Map;

import org.leavenotify.adapter.persistence.StoreSettings;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * On the embedded default (no JWT secret, the embedded store, no MongoDB given), keeps the JWT signing key in
 * the store's data directory ({@code leavenotify.jwt.key-file = <data-dir>/jwt-signing-key}), so that a
 * restart logs nobody out. A key file set by the operator is left as it is; the in-memory store, which keeps
 * nothing across restarts, keeps no key either. Registered in {@code META-INF/spring.factories}.
 */
public class SigningKeyFileDefault implements EnvironmentPostProcessor, Ordered {

    static final String KEY_FILE = "leavenotify.jwt.key-file";
    static final String FILE_NAME = "jwt-signing-key";

    private static final String SOURCE_NAME = "leavenotifySigningKeyFile";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean embeddedDefault = environment.getProperty("leavenotify.jwt.secret", "").isBlank()
                && environment.getProperty(KEY_FILE, "").isBlank()
                && StoreSettings.store(environment).equals(StoreSettings.MONGODB)
                && StoreSettings.mongoDbConfiguredBy(environment) == null;
        if (embeddedDefault) {
            String dataDir = environment.getProperty("leavenotify.embedded-store.data-dir", "./data");
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME,
                    Map.of(KEY_FILE, Path.of(dataDir).resolve(FILE_NAME).toString())));
        }
    }

    /** After the configuration files have been read. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
