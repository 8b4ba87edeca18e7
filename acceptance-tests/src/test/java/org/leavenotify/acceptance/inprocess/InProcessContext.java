package org.leavenotify.acceptance.inprocess;

import io.cucumber.spring.CucumberContextConfiguration;
import io.cucumber.spring.ScenarioScope;
import org.leavenotify.acceptance.steps.ScenarioState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** The in-process level: a fresh in-memory application for every scenario, no Spring Boot, no sockets. */
@CucumberContextConfiguration
@ContextConfiguration(classes = InProcessContext.Beans.class)
public class InProcessContext {

    @Configuration(proxyBeanMethods = false)
    @Import(ScenarioState.class)
    static class Beans {

        @Bean
        @ScenarioScope
        InProcessWorld world() {
            return new InProcessWorld();
        }

        @Bean
        @ScenarioScope
        InProcessLeaveRequests leaveRequests(InProcessWorld world) {
            return new InProcessLeaveRequests(world);
        }

        @Bean
        @ScenarioScope
        InProcessNotifications notifications(InProcessWorld world) {
            return new InProcessNotifications(world);
        }

        @Bean
        @ScenarioScope
        InProcessAdministration administration(InProcessWorld world) {
            return new InProcessAdministration(world);
        }

        @Bean
        @ScenarioScope
        InProcessSessions sessions(InProcessWorld world) {
            return new InProcessSessions(world);
        }

        @Bean
        @ScenarioScope
        InProcessTimePassing timePassing(InProcessWorld world) {
            return new InProcessTimePassing(world);
        }

        @Bean
        @ScenarioScope
        InProcessEmails emails(InProcessWorld world) {
            return new InProcessEmails(world);
        }
    }
}
