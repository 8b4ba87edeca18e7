package org.leavenotify.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.UrlResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** Start-up with and without a JWT secret, as an operator sees it. */
class JwtSecretStartupTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(JwtConfiguration.class);

    @Test
    void theEmbeddedDefaultStartsWithoutASecret() {
        context.run(started -> assertThat(started).hasNotFailed().hasSingleBean(AccessTokenPort.class));
    }

    @Test
    void theProductionProfileRefusesToStartWithoutASecret() {
        context.withPropertyValues("spring.profiles.active=prod").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().isInstanceOf(JwtSecretRejected.class)
                    .hasMessageContaining("JWT_SECRET").hasMessageContaining("openssl rand -base64 32");
        });
    }

    @Test
    void theProductionProfileRefusesAWeakSecret() {
        context.withPropertyValues("spring.profiles.active=prod", "leavenotify.jwt.secret=c2hvcnQ=").run(started -> {
            assertThat(started).hasFailed();
            assertThat(started.getStartupFailure()).rootCause().isInstanceOf(JwtSecretRejected.class)
                    .hasMessageContaining("40 bits");
        });
    }

    @Test
    void theProductionProfileStartsWithAStrongSecret() {
        context.withPropertyValues("spring.profiles.active=prod",
                        "leavenotify.jwt.secret=" + HandMadeTokens.SECRET)
                .run(started -> assertThat(started).hasNotFailed().hasSingleBean(AccessTokenPort.class));
    }

    @Test
    void theStartUpReportSaysWhatToSet() throws Exception {
        context.withPropertyValues("spring.profiles.active=prod").run(started -> {
            boolean registered = false;
            for (var url : Collections.list(getClass().getClassLoader()
                    .getResources("META-INF/spring.factories"))) {
                var factories = PropertiesLoaderUtils.loadProperties(new UrlResource(url));
                registered |= String.valueOf(factories.getProperty(FailureAnalyzer.class.getName()))
                        .contains(JwtSecretFailureAnalyzer.class.getName());
            }
            assertThat(registered).as("registered in META-INF/spring.factories").isTrue();

            FailureAnalysis analysis = new JwtSecretFailureAnalyzer().analyze(started.getStartupFailure());

            assertThat(analysis.getDescription()).isEqualTo(
                    "No JWT secret is configured and the 'prod' profile is active.");
            assertThat(analysis.getAction()).contains("JWT_SECRET", "export JWT_SECRET=$(openssl rand -base64 32)");
        });
    }
}
