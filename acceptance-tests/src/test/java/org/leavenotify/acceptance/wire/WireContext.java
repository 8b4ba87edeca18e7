package org.leavenotify.acceptance.wire;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;


import io.cucumber.java.After;
import io.cucumber.java.Before;
import io.cucumber.spring.CucumberContextConfiguration;
import io.cucumber.spring.ScenarioScope;
import org.bson.Document;
import org.leavenotify.acceptance.steps.ScenarioState;
import org.leavenotify.adapter.mail.MailProperties;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.demo.DemoOrganisation;
import org.leavenotify.application.leave.port.in.FollowUpWaitingRequestsUseCase;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.application.mail.port.in.SendDueMailsUseCase;
import org.leavenotify.bootstrap.LeaveNotifyApplication;
import org.leavenotify.domain.leave.LeavePolicy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The over-the-wire level: the assembled application on a random port with the embedded store in a
 * fresh data directory, driven through HTTP and STOMP. Each scenario starts from the demo organisation
 * with no requests and no notifications.
 */
@CucumberContextConfiguration
@SpringBootTest(classes = {LeaveNotifyApplication.class, WireContext.Drivers.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"leavenotify.store=mongodb",
                "leavenotify.embedded-store.data-dir=target/acceptance-data/${random.uuid}",
                "leavenotify.jwt.secret=" + WireContext.JWT_SECRET})
public class WireContext {

    /** A fixed key, so the suite can forge an expired token signed with the real key. */
    static final String JWT_SECRET = "YWNjZXB0YW5jZS10ZXN0cy1vbmx5LWtleS1vZi0zMi1ieXRlcy0hISE=";

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private EmployeeDirectoryPort directory;
    @Autowired
    private CredentialStorePort credentials;
    @Autowired
    private PasswordHasherPort hasher;
    @Autowired
    private LeaveAllowancePort allowances;
    @Autowired
    private HolidayCalendarPort calendar;
    @Autowired
    private WireWorld world;

    @Autowired
    private ShiftedClock clock;

    @Autowired
    private MailProperties mail;

    /**
     * Back to today, no e-mail sent, every collection emptied (indexes stay) and the demo organisation seeded
     * again.
     */
    @Before
    public void startFromTheDemoOrganisation() throws IOException {
        clock.reset();
        for (Path file : WireEmails.files(mail.emlDirectory())) {
            Files.delete(file);
        }
        for (String collection : mongo.getCollectionNames()) {
            mongo.getCollection(collection).deleteMany(new Document());
        }
        DemoOrganisation.createIfAbsent(directory, credentials, hasher, allowances, calendar,
                LocalDate.now(ZoneOffset.UTC).getYear());
    }

    @After
    public void disconnectEveryDevice() {
        world.close();
    }

    @TestConfiguration(proxyBeanMethods = false)
    @Import(ScenarioState.class)
    static class Drivers {

        /** The application's clock: scenarios let days pass. */
        @Bean
        @Primary
        ShiftedClock shiftedClock() {
            return new ShiftedClock();
        }

        @Bean
        @ScenarioScope
        WireWorld world(Environment environment, ShiftedClock clock) {
            return new WireWorld(environment.getRequiredProperty("local.server.port", Integer.class), JWT_SECRET, clock);
        }

        @Bean
        @ScenarioScope
        WireTimePassing timePassing(WireWorld world, ShiftedClock clock, FollowUpWaitingRequestsUseCase followUps,
                                    SendDueMailsUseCase mail, HolidayCalendarPort calendars, LeavePolicy policy) {
            return new WireTimePassing(world, clock, followUps, mail, calendars, policy);
        }

        @Bean
        @ScenarioScope
        WireEmails emails(MailProperties mail, WireWorld world) {
            // the application writes its e-mails as files there: no SMTP server is configured
            return new WireEmails(mail.emlDirectory(), world.http());
        }

        @Bean
        @ScenarioScope
        WireLeaveRequests leaveRequests(WireWorld world) {
            return new WireLeaveRequests(world);
        }

        @Bean
        @ScenarioScope
        WireNotifications notifications(WireWorld world) {
            return new WireNotifications(world);
        }

        @Bean
        @ScenarioScope
        WireAdministration administration(WireWorld world) {
            return new WireAdministration(world);
        }

        @Bean
        @ScenarioScope
        WireSessions sessions(WireWorld world) {
            return new WireSessions(world);
        }
    }
}
