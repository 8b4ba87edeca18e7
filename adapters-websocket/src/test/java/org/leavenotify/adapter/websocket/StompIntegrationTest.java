package org.leavenotify.adapter.websocket;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.leavenotify.adapter.websocket.testapp.FakeAccessTokens;
import org.leavenotify.adapter.websocket.testapp.StompTestApplication;
import org.leavenotify.adapter.memory.InMemoryNotificationStore;
import org.leavenotify.application.leave.LeaveRequestService;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.notification.port.out.PresencePort;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.testsupport.StompTestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.awaitility.Awaitility.await;

/** The test application on a random port, and a STOMP client that is closed after each test. */
@SpringBootTest(classes = StompTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class StompIntegrationTest {

    /** Each submitted request takes a day of its own, so that no two of them overlap. */
    private static final AtomicInteger NEXT_DAY = new AtomicInteger(40);

    @LocalServerPort
    int port;

    @Autowired
    FakeAccessTokens tokens;

    @Autowired
    InMemoryNotificationStore notifications;

    @Autowired
    LeaveRequestService leave;

    @Autowired
    PresencePort presence;

    StompTestClient stomp;

    @BeforeEach
    void openClient() {
        stomp = new StompTestClient(port);
    }

    @AfterEach
    void closeClient() {
        stomp.close();
    }

    String tokenFor(EmployeeId employee) {
        return tokens.issue(employee, Set.of(Role.EMPLOYEE)).value();
    }

    String tokenFor(EmployeeId employee, Duration validFor) {
        return tokens.issue(employee, Set.of(Role.EMPLOYEE), validFor).value();
    }

    StompTestClient.Session connectAs(EmployeeId employee) {
        return stomp.connect(tokenFor(employee));
    }

    /** The employee asks for a day of unpaid leave; their manager is notified. */
    LeaveRequest asksForADayOff(EmployeeId employee) {
        LocalDate day = LocalDate.now().plusDays(NEXT_DAY.getAndIncrement());
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = LocalDate.now().plusDays(NEXT_DAY.getAndIncrement());
        }
        return leave.submit(new SubmitLeaveRequestCommand(employee, LeaveType.UNPAID, day, day, "a day off"));
    }

    void awaitOffline(EmployeeId employee) {
        await().atMost(Duration.ofSeconds(StompTestClient.TIMEOUT_SECONDS))
                .until(() -> presence.sessionCount(employee) == 0);
    }
}
