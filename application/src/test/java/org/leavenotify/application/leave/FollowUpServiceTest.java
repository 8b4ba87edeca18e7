package org.leavenotify.application.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.application.demo.DemoOrganisation.ALICE;
import static org.leavenotify.application.demo.DemoOrganisation.BOB;
import static org.leavenotify.application.demo.DemoOrganisation.CAROL;
import static org.leavenotify.application.demo.DemoOrganisation.HANA;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase.ApproveLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.notification.NotificationPageRequest;
import org.leavenotify.domain.leave.FollowUpPolicy;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.notification.Notification;
import org.leavenotify.domain.notification.NotificationType;
import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Requests that wait for their decision, followed up over the in-memory stores. "Now" starts on Thursday
 * 2026-11-26; with the default rules the decider is reminded on Monday 30th (two working days) and the
 * request goes up on Thursday 3rd (five).
 */
class FollowUpServiceTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    private final InMemoryApplication app = new InMemoryApplication();

    @Test
    void theDeciderIsRemindedOnceThenTheRequestGoesUpToTheirManagerWhoDecidesIt() {
        LeaveRequest request = submit(ALICE, MONDAY);

        app.clock.advance(Duration.ofDays(1));
        assertThat(app.followUps.followUpWaitingRequests(10)).isZero();
        app.clock.advance(Duration.ofDays(3));
        assertThat(app.followUps.followUpWaitingRequests(10)).isEqualTo(1);
        assertThat(app.followUps.followUpWaitingRequests(10)).isZero();
        assertThat(typesOf(BOB)).containsExactly(NotificationType.LEAVE_REQUEST_REMINDER,
                NotificationType.LEAVE_REQUEST_SUBMITTED);

        app.clock.advance(Duration.ofDays(3));
        assertThat(app.followUps.followUpWaitingRequests(10)).isEqualTo(1);

        assertThat(typesOf(HANA)).containsExactly(NotificationType.LEAVE_REQUEST_ESCALATED);
        assertThat(typesOf(BOB)).first().isEqualTo(NotificationType.LEAVE_REQUEST_ESCALATED);
        assertThat(app.queries.teamRequests(HANA, Optional.of(LeaveStatus.PENDING))).extracting(LeaveRequest::id)
                .contains(request.id());
        app.leave.approve(new ApproveLeaveRequestCommand(HANA, request.id(), "Go ahead"));
        assertThat(typesOf(ALICE)).containsExactly(NotificationType.LEAVE_REQUEST_APPROVED);
        app.clock.advance(Duration.ofDays(7));
        assertThat(app.followUps.followUpWaitingRequests(10)).isZero();
    }

    @Test
    void hrIsToldWhenLeaveStartsBeforeAnyoneDecidedIt() {
        submit(CAROL, LocalDate.of(2026, 11, 30));

        app.clock.advance(Duration.ofDays(4));
        app.followUps.followUpWaitingRequests(10);

        assertThat(typesOf(HANA)).containsExactly(NotificationType.LEAVE_REQUEST_STARTED_UNDECIDED);
        assertThat(typesOf(BOB)).containsExactly(NotificationType.LEAVE_REQUEST_REMINDER,
                NotificationType.LEAVE_REQUEST_SUBMITTED);
    }

    @Test
    void decidedRequestsAreLeftAlone() {
        LeaveRequest request = submit(ALICE, MONDAY);
        app.leave.approve(new ApproveLeaveRequestCommand(BOB, request.id(), null));

        app.clock.advance(Duration.ofDays(10));

        assertThat(app.followUps.followUpWaitingRequests(10)).isZero();
        assertThat(typesOf(BOB)).containsExactly(NotificationType.LEAVE_REQUEST_SUBMITTED);
    }

    @Test
    void everyRequestDueIsFollowedUpWhateverThePageSize() {
        for (int week = 0; week < 5; week++) {
            submit(week % 2 == 0 ? ALICE : CAROL, MONDAY.plusWeeks(week));
        }
        app.clock.advance(Duration.ofDays(4));

        assertThat(app.followUps.followUpWaitingRequests(2)).isEqualTo(5);
        assertThat(typesOf(BOB)).filteredOn(type -> type == NotificationType.LEAVE_REQUEST_REMINDER).hasSize(5);
    }

    /** Two nodes over one store, following up at the same moment: one reminder and one escalation each. */
    @Test
    void nodesFollowingUpTogetherRemindAndEscalateOnce() throws Exception {
        for (int week = 0; week < 6; week++) {
            submit(week % 2 == 0 ? ALICE : CAROL, MONDAY.plusWeeks(week));
        }
        FollowUpService otherNode = new FollowUpService(app.requests, app.requests, app.directory, app.calendar,
                app.dispatcher, app.ids, FollowUpPolicy.DEFAULT, app.policy, app.clock);

        app.clock.advance(Duration.ofDays(4));
        together(() -> app.followUps.followUpWaitingRequests(1), () -> otherNode.followUpWaitingRequests(1));
        app.clock.advance(Duration.ofDays(3));
        together(() -> app.followUps.followUpWaitingRequests(1), () -> otherNode.followUpWaitingRequests(1));

        assertThat(typesOf(BOB)).filteredOn(type -> type == NotificationType.LEAVE_REQUEST_REMINDER).hasSize(6);
        assertThat(typesOf(BOB)).filteredOn(type -> type == NotificationType.LEAVE_REQUEST_ESCALATED).hasSize(6);
        assertThat(typesOf(HANA)).filteredOn(type -> type == NotificationType.LEAVE_REQUEST_ESCALATED).hasSize(6);
    }

    private static void together(Callable<Integer> first, Callable<Integer> second) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> task : List.of(first, second)) {
                results.add(threads.submit(() -> {
                    go.await();
                    return task.call();
                }));
            }
            go.countDown();
            int followedUp = 0;
            for (Future<Integer> result : results) {
                followedUp += result.get(60, TimeUnit.SECONDS);
            }
            assertThat(followedUp).isEqualTo(6);
        } finally {
            threads.shutdownNow();
        }
    }

    private LeaveRequest submit(EmployeeId employee, LocalDate start) {
        return app.leave.submit(new SubmitLeaveRequestCommand(employee, LeaveType.ANNUAL, start, start.plusDays(1),
                null));
    }

    private List<NotificationType> typesOf(EmployeeId recipient) {
        return app.notificationService.list(NotificationPageRequest.newest(recipient, 100)).items().stream()
                .map(Notification::type).toList();
    }
}
