package org.leavenotify.bootstrap;

import org.leavenotify.adapter.persistence.StoreSettings;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Whether the demo organisation is created (../shared/CONTRACT.md, "Demo users"): on the embedded default
 * (the in-process embedded store, or the in-memory store) unless {@code leavenotify.demo.enabled=false};
 * never in a store given by URI or host unless {@code leavenotify.demo.enabled=true} is set on purpose
 * (the local cluster scripts do, on their throw-away store), and never under the {@code prod} profile
 * ({@link ProductionSettingsCheck} refuses to start with it).
 */
final class DemoOrganisationCondition extends SpringBootCondition {

    static final String PROPERTY = "leavenotify.demo.enabled";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        Environment environment = context.getEnvironment();
        String explicit = environment.getProperty(PROPERTY);
        if (StringUtils.hasText(explicit)) {
            return Boolean.parseBoolean(explicit.strip()) ? ConditionOutcome.match(PROPERTY + "=true")
                    : ConditionOutcome.noMatch(PROPERTY + "=false");
        }
        String given = storeGivenBy(environment);
        return given == null ? ConditionOutcome.match("the embedded default store")
                : ConditionOutcome.noMatch("the store is given by " + given);
    }

    /** The property that names a store of the operator's, or null on the embedded default. */
    static String storeGivenBy(Environment environment) {
        if (StoreSettings.store(environment).equals(StoreSettings.IN_MEMORY)) {
            return null;
        }
        return StoreSettings.mongoDbConfiguredBy(environment);
    }
}
