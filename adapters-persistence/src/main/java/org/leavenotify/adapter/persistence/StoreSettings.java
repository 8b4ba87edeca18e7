package org.leavenotify.adapter.persistence;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The settings that choose the store. {@code leavenotify.store} is {@code mongodb} (the default: the MongoDB at
 * {@code spring.mongodb.uri}, or the embedded store when none is given) or {@code in-memory}; the application
 * turns the value into a profile of the same name, and the {@code in-memory} profile keeps Spring Boot's MongoDB
 * auto-configuration off (bootstrap's {@code application-in-memory.properties}).
 */
public final class StoreSettings {

    public static final String STORE_PROPERTY = "leavenotify.store";
    public static final String MONGODB = "mongodb";
    public static final String IN_MEMORY = "in-memory";

    private static final String[] MONGODB_PROPERTIES = {"spring.mongodb.uri", "spring.mongodb.host"};

    private StoreSettings() {
    }

    /** The chosen store, {@link #MONGODB} or {@link #IN_MEMORY}; any other value stops the start saying what is allowed. */
    public static String store(Environment environment) {
        String store = environment.getProperty(STORE_PROPERTY, MONGODB).strip();
        if (!store.equals(MONGODB) && !store.equals(IN_MEMORY)) {
            throw new IllegalStateException(STORE_PROPERTY + " must be '" + MONGODB + "' or '" + IN_MEMORY
                    + "', not '" + store + "'");
        }
        return store;
    }

    /** The property that names a MongoDB of the operator's ({@code spring.mongodb.uri} or {@code .host}), or null. */
    public static String mongoDbConfiguredBy(Environment environment) {
        for (String property : MONGODB_PROPERTIES) {
            if (StringUtils.hasText(environment.getProperty(property))) {
                return property;
            }
        }
        return null;
    }

    /** Matches when {@code leavenotify.store} is {@code mongodb} (or unset); an unknown value stops the start. */
    public static final class MongoDbChosen extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return outcome(context.getEnvironment(), MONGODB);
        }
    }

    /** Matches when {@code leavenotify.store} is {@code in-memory}; an unknown value stops the start. */
    public static final class InMemoryChosen extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return outcome(context.getEnvironment(), IN_MEMORY);
        }
    }

    private static ConditionOutcome outcome(Environment environment, String wanted) {
        String store = store(environment);
        return store.equals(wanted) ? ConditionOutcome.match(STORE_PROPERTY + "=" + store)
                : ConditionOutcome.noMatch(STORE_PROPERTY + "=" + store);
    }
}
