package org.leavenotify.acceptance.inprocess;

import io.cucumber.spring.CucumberContextConfiguration;
import io.cucumber.spring.ScenarioScope;
import org.leavenotify.acceptance.steps.LeaveSystem;
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
        LeaveSystem leaveSystem() {
            return new InProcessLeaveSystem();
        }
    }
}
