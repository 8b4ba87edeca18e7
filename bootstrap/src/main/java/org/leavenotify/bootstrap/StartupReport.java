package org.leavenotify.bootstrap;

import java.util.Arrays;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/** Says where the application listens and, on the embedded default, who can log in. */
class StartupReport implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final boolean demoUsers;

    StartupReport(boolean demoUsers) {
        this.demoUsers = demoUsers;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        LOG.info("Leave Notify is ready: REST http://localhost:{}/api, STOMP ws://localhost:{}/ws, API docs "
                + "http://localhost:{}/swagger-ui.html (profiles: {})", port, port, port,
                Arrays.toString(environment.getActiveProfiles()));
        String givenBy = DemoOrganisationCondition.storeGivenBy(environment);
        String store = givenBy == null ? "the embedded default store" : "the store given by " + givenBy;
        if (demoUsers) {
            LOG.info("Demo users in {} (password 'demo'): alice and carol (employees, report to bob), bob (manager, "
                    + "reports to hana), hana (HR)", store);
        } else {
            LOG.info("No demo users in {}{}", store, givenBy == null ? " (leavenotify.demo.enabled=false)"
                    : ": demo users are only ever created on the embedded default");
        }
    }
}
