package org.leavenotify.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavenotify.bootstrap.ProductionSettingsCheck.MissingProductionSettings;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionProfileTest {

    private final ProductionSettingsCheck check = new ProductionSettingsCheck();

    @Test
    void theProdProfileRefusesToStartWithoutAStoreAndAKeyNamingBoth() {
        StandardEnvironment environment = environment(Map.of());
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class, refused -> {
                    assertThat(refused.missing()).hasSize(2);
                    assertThat(refused.getMessage()).contains("SPRING_MONGODB_URI").contains("JWT_SECRET");
                });
    }

    @Test
    void theProdProfileNamesOnlyWhatIsMissing() {
        StandardEnvironment environment = environment(Map.of("spring.mongodb.uri", "mongodb://db:27017/leave"));
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class,
                        refused -> assertThat(refused.missing()).singleElement().asString().contains("JWT_SECRET"));
    }

    @Test
    void theProdProfileStartsWhenBothAreGiven() {
        StandardEnvironment environment = environment(Map.of("spring.mongodb.uri", "mongodb://db:27017/leave",
                "leavenotify.jwt.secret", "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldC0xMjM0"));
        environment.setActiveProfiles("prod");

        check.postProcessEnvironment(environment, new SpringApplication());
    }

    @Test
    void theProdProfileRefusesDemoUsersEvenWhenAskedForThem() {
        StandardEnvironment environment = environment(Map.of("spring.mongodb.uri", "mongodb://db:27017/leave",
                "leavenotify.jwt.secret", "c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldC0xMjM0",
                "leavenotify.demo.enabled", "true"));
        environment.setActiveProfiles("prod");

        assertThatThrownBy(() -> check.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOfSatisfying(MissingProductionSettings.class, refused -> assertThat(refused.missing())
                        .singleElement().asString().contains("leavenotify.demo.enabled=false"));
    }

    @Test
    void demoUsersAreMadeOnTheEmbeddedDefaultOnlyUnlessAskedForOnPurpose() {
        assertThat(demoUsers(Map.of())).as("embedded default").isTrue();
        assertThat(demoUsers(Map.of("leavenotify.store", "in-memory"))).as("in-memory store").isTrue();
        assertThat(demoUsers(Map.of("leavenotify.demo.enabled", "false"))).as("switched off").isFalse();
        assertThat(demoUsers(Map.of("spring.mongodb.uri", "mongodb://db:27017/leave"))).as("store given by URI")
                .isFalse();
        assertThat(demoUsers(Map.of("spring.mongodb.host", "db"))).as("store given by host").isFalse();
        assertThat(demoUsers(Map.of("spring.mongodb.uri", "mongodb://db:27017/leave", "leavenotify.demo.enabled",
                "true"))).as("asked for on purpose (a throw-away test cluster)").isTrue();
    }

    private static boolean demoUsers(Map<String, Object> properties) {
        org.springframework.context.annotation.ConditionContext context =
                org.mockito.Mockito.mock(org.springframework.context.annotation.ConditionContext.class);
        org.mockito.Mockito.when(context.getEnvironment()).thenReturn(environment(properties));
        return new DemoOrganisationCondition().getMatchOutcome(context, null).isMatch();
    }

    @Test
    void theEmbeddedDefaultNeedsNothing() {
        check.postProcessEnvironment(environment(Map.of()), new SpringApplication());
    }

    @Test
    void theFailureReportTellsTheOperatorWhatToSet() {
        StandardEnvironment environment = environment(Map.of());
        environment.setActiveProfiles("prod");
        MissingProductionSettings refused = null;
        try {
            check.postProcessEnvironment(environment, new SpringApplication());
        } catch (MissingProductionSettings e) {
            refused = e;
        }

        FailureAnalysis analysis = new MissingProductionSettingsFailureAnalyzer().analyze(refused);

        assertThat(analysis.getDescription()).contains("spring.mongodb.uri").contains("leavenotify.jwt.secret");
        assertThat(analysis.getAction()).contains("README");
    }

    private static StandardEnvironment environment(Map<String, Object> properties) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        return environment;
    }
}
