package org.leavenotify.adapter.websocket.testapp;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.leavenotify.adapter.websocket.WebSocketAdapterConfiguration;
import org.leavenotify.application.auth.AuthenticationService;
import org.leavenotify.application.demo.DemoOrganisation;
import org.leavenotify.adapter.memory.InMemoryCredentialStore;
import org.leavenotify.adapter.memory.InMemoryEmployeeDirectory;
import org.leavenotify.adapter.memory.InMemoryHolidayCalendar;
import org.leavenotify.adapter.memory.InMemoryLeaveAllowances;
import org.leavenotify.adapter.memory.InMemoryLeaveLedgers;
import org.leavenotify.adapter.memory.InMemoryLeaveRequestRepository;
import org.leavenotify.adapter.memory.InMemoryNotificationStore;
import org.leavenotify.adapter.memory.SaltedSha256PasswordHasher;
import org.leavenotify.application.leave.LeaveRequestService;
import org.leavenotify.application.notification.NotificationDispatcher;
import org.leavenotify.application.notification.NotificationService;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.application.notification.port.out.PushNotificationPort;
import org.leavenotify.application.shared.TimeOrderedIdGenerator;
import org.leavenotify.domain.leave.LeavePolicy;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The websocket adapter on top of the real notification and leave services over the in-memory adapters,
 * with a look-up-table token port behind the real {@link AuthenticationService}. Alice and Carol report
 * to Bob; Ivan is no longer active.
 */
@SpringBootApplication
@Import(WebSocketAdapterConfiguration.class)
public class StompTestApplication {

    public static final EmployeeId IVAN = new EmployeeId("ivan");

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    InMemoryEmployeeDirectory employeeDirectory() {
        return new InMemoryEmployeeDirectory();
    }

    @Bean
    InMemoryCredentialStore credentialStore() {
        return new InMemoryCredentialStore();
    }

    @Bean
    InMemoryLeaveAllowances leaveAllowances() {
        return new InMemoryLeaveAllowances();
    }

    @Bean
    InMemoryHolidayCalendar holidayCalendar() {
        return new InMemoryHolidayCalendar();
    }

    @Bean
    InMemoryLeaveRequestRepository leaveRequestRepository() {
        return new InMemoryLeaveRequestRepository();
    }

    @Bean
    InMemoryNotificationStore notificationStore() {
        return new InMemoryNotificationStore();
    }

    @Bean
    SaltedSha256PasswordHasher passwordHasher() {
        return new SaltedSha256PasswordHasher();
    }

    @Bean
    FakeAccessTokens accessTokens(Clock clock, InMemoryEmployeeDirectory directory, InMemoryCredentialStore credentials,
                                  SaltedSha256PasswordHasher hasher, InMemoryLeaveAllowances allowances,
                                  InMemoryHolidayCalendar calendar) {
        DemoOrganisation.createIfAbsent(directory, credentials, hasher, allowances, calendar,
                LocalDate.now(clock).getYear());
        directory.save(new Employee(IVAN, "ivan", "Ivan Ives", Set.of(Role.EMPLOYEE), DemoOrganisation.BOB, false));
        return new FakeAccessTokens(clock);
    }

    @Bean
    AuthenticationService authenticationService(InMemoryCredentialStore credentials, SaltedSha256PasswordHasher hasher,
                                                FakeAccessTokens tokens, InMemoryEmployeeDirectory directory,
                                                org.leavenotify.adapter.memory.InMemorySessionGenerations generations,
                                                Clock clock) {
        return new AuthenticationService(credentials, hasher, tokens, directory,
                new org.leavenotify.application.auth.LoginThrottle(new org.leavenotify.adapter.memory.InMemoryFailedAttempts(), clock),
                generations);
    }

    @Bean
    org.leavenotify.adapter.memory.InMemorySessionGenerations sessionGenerations() {
        return new org.leavenotify.adapter.memory.InMemorySessionGenerations();
    }

    @Bean
    TimeOrderedIdGenerator idGenerator(Clock clock) {
        return new TimeOrderedIdGenerator(clock);
    }

    @Bean
    NotificationService notificationService(InMemoryNotificationStore store, PresencePort presence,
                                            PushNotificationPort push, Clock clock) {
        return new NotificationService(store, presence, push, clock);
    }

    @Bean
    NotificationDispatcher notificationDispatcher(InMemoryLeaveRequestRepository requests,
                                                  InMemoryEmployeeDirectory directory, InMemoryNotificationStore store,
                                                  PresencePort presence, PushNotificationPort push,
                                                  TimeOrderedIdGenerator ids) {
        return new NotificationDispatcher(requests, directory, store, presence, push, ids, Clock.systemUTC());
    }

    @Bean
    LeaveRequestService leaveRequestService(InMemoryLeaveRequestRepository requests,
                                            InMemoryEmployeeDirectory directory, InMemoryHolidayCalendar calendars,
                                            InMemoryLeaveAllowances allowances, NotificationDispatcher dispatcher,
                                            TimeOrderedIdGenerator ids, Clock clock) {
        return new LeaveRequestService(requests, new InMemoryLeaveLedgers(), directory, calendars, allowances,
                dispatcher, ids, LeavePolicy.DEFAULT, clock);
    }

    /**
     * Stands in for the web adapter's filter chain: the handshake at {@code /ws} is open, authentication
     * happens on the STOMP CONNECT frame.
     */
    @Bean
    SecurityFilterChain testFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers("/ws", "/asyncapi.yaml", "/asyncapi.json").permitAll()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
