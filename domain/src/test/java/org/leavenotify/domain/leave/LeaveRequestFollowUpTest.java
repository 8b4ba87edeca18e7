package org.leavenotify.domain.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.leavenotify.domain.leave.LeaveRequests.NOW;
import static org.leavenotify.domain.leave.LeaveRequests.POLICY;
import static org.leavenotify.domain.leave.LeaveRequests.aPendingRequest;
import static org.leavenotify.domain.leave.LeaveRequests.aRequest;
import static org.leavenotify.domain.leave.LeaveRequests.nextEventId;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.InvalidValue;

/**
 * Chasing a request that waits for its decision. Alice submits on Thursday 2026-11-26; her leave runs from
 * Monday 2026-12-07. With the default rules Bob is reminded after 2 working days (Monday 30th) and the
 * request goes up to Hana, Bob's manager, after 5 (Thursday 3rd).
 */
class LeaveRequestFollowUpTest {

    private static final FollowUpPolicy RULES = FollowUpPolicy.DEFAULT;

    private static Instant daysLater(int days) {
        return NOW.plus(days, ChronoUnit.DAYS);
    }

    private static List<LeaveEvent> followUp(LeaveRequest request, Instant at) {
        return followUp(request, at, HolidayCalendar.NONE);
    }

    private static List<LeaveEvent> followUp(LeaveRequest request, Instant at, HolidayCalendar calendar) {
        return request.followUp(RULES, POLICY, calendar, Employees.HANA, at, LeaveRequests::nextEventId);
    }

    @Nested
    class Reminding {

        @Test
        void nothingIsDueBeforeTheRequestHasWaitedTheRemindersWorkingDays() {
            LeaveRequest request = aPendingRequest();

            assertThat(followUp(request, daysLater(1))).isEmpty();
            // Saturday and Sunday are not working days: on Sunday it has still waited one
            assertThat(followUp(request, daysLater(3))).isEmpty();
            assertThat(request.followUps()).isEqualTo(FollowUps.NONE);
        }

        @Test
        void afterTwoWorkingDaysTheDeciderIsRemindedOnce() {
            LeaveRequest request = aPendingRequest();
            request.markDispatched(Set.of(request.undispatchedEvents().get(0).eventId()));

            List<LeaveEvent> raised = followUp(request, daysLater(4));

            assertThat(raised).singleElement().isInstanceOfSatisfying(LeaveRequestReminded.class, reminded -> {
                assertThat(reminded.leave().approverId()).isEqualTo(Employees.BOB);
                assertThat(reminded.actorId()).isEqualTo(Employees.ALICE);
                assertThat(reminded.workingDaysWaited()).isEqualTo(2);
                assertThat(reminded.occurredAt()).isEqualTo(daysLater(4));
            });
            assertThat(request.undispatchedEvents()).containsExactlyElementsOf(raised);
            assertThat(request.followUps().remindedAt()).isEqualTo(daysLater(4));
            assertThat(followUp(request, daysLater(4).plusSeconds(60))).isEmpty();
        }

        @Test
        void aPublicHolidayIsNotAWorkingDayOfWaiting() {
            LeaveRequest request = aPendingRequest();
            HolidayCalendar friday = new HolidayCalendar(Set.of(LocalDate.of(2026, 11, 27)));

            assertThat(followUp(request, daysLater(4), friday)).isEmpty();
            assertThat(followUp(request, daysLater(5), friday)).singleElement()
                    .isInstanceOf(LeaveRequestReminded.class);
        }

        @Test
        void aDecidedRequestIsNeverChased() {
            LeaveRequest request = aPendingRequest();
            request.approve(Employees.bob(), Employees.alice(), null, NOW, nextEventId());

            assertThat(followUp(request, daysLater(20))).isEmpty();
            assertThat(request.followUps()).isEqualTo(FollowUps.NONE);
        }
    }

    @Nested
    class Escalating {

        @Test
        void afterFiveWorkingDaysTheRequestGoesUpToTheDecidersManagerOnce() {
            LeaveRequest request = aPendingRequest();
            followUp(request, daysLater(4));

            List<LeaveEvent> raised = followUp(request, daysLater(7));

            assertThat(raised).singleElement().isInstanceOfSatisfying(LeaveRequestEscalated.class, escalated -> {
                assertThat(escalated.previousApproverId()).isEqualTo(Employees.BOB);
                assertThat(escalated.leave().approverId()).isEqualTo(Employees.HANA);
                assertThat(escalated.workingDaysWaited()).isEqualTo(5);
            });
            assertThat(request.approverId()).isEqualTo(Employees.HANA);
            assertThat(followUp(request, daysLater(8))).isEmpty();
        }

        @Test
        void aRequestFirstLookedAtAfterBothThresholdsGoesUpWithoutAReminder() {
            LeaveRequest request = aPendingRequest();

            assertThat(followUp(request, daysLater(7))).singleElement().isInstanceOf(LeaveRequestEscalated.class);
            assertThat(request.followUps().remindedAt()).isNotNull();
        }

        @Test
        void aDeciderWithoutAManagerHandsTheRequestToHr() {
            LeaveRequest request = aPendingRequest();

            List<LeaveEvent> raised = request.followUp(RULES, POLICY, HolidayCalendar.NONE, null, daysLater(7),
                    LeaveRequests::nextEventId);

            assertThat(raised).singleElement().isInstanceOfSatisfying(LeaveRequestEscalated.class,
                    escalated -> assertThat(escalated.leave().approverId()).isNull());
        }

        @Test
        void aRequestWaitingForHrAlreadyHasNowhereToGoUp() {
            Employee topManager = new Employee(new EmployeeId("tess"), "tess", "Tess Top", Set.of(Role.MANAGER),
                    null, true);
            LeaveRequest request = aRequest().by(topManager).submit();

            assertThat(followUp(request, daysLater(4))).singleElement().isInstanceOf(LeaveRequestReminded.class);
            assertThat(followUp(request, daysLater(7))).isEmpty();
            assertThat(request.approverId()).isNull();
            assertThat(request.followUps().escalatedAt()).isEqualTo(daysLater(7));
        }

        @Test
        void whoItWentUpToMaySeeAndDecideItAndSoMayTheRequestersManager() {
            LeaveRequest request = aPendingRequest();
            Employee dan = Employees.dan();
            LeaveRequest other = aPendingRequest();
            request.followUp(RULES, POLICY, HolidayCalendar.NONE, dan.id(), daysLater(7),
                    LeaveRequests::nextEventId);

            assertThat(request.isVisibleTo(dan, Employees.alice())).isTrue();
            assertThat(other.isVisibleTo(dan, Employees.alice())).isFalse();
            assertThatThrownBy(() -> other.approve(dan, Employees.alice(), null, daysLater(7), nextEventId()))
                    .isInstanceOf(NotTheApprover.class);
            request.approve(dan, Employees.alice(), "Go ahead", daysLater(7), nextEventId());
            assertThat(request.status()).isEqualTo(LeaveStatus.APPROVED);
            assertThat(request.decidedBy()).isEqualTo(dan.id());
        }
    }

    @Nested
    class StartingUndecided {

        @Test
        void hrIsToldOnceWhenTheFirstDayComesBeforeADecision() {
            LeaveRequest request = aRequest().from(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1)).submit();

            List<LeaveEvent> raised = followUp(request, daysLater(4));

            assertThat(raised).hasSize(2);
            assertThat(raised.get(0)).isInstanceOf(LeaveRequestStartedUndecided.class);
            assertThat(raised.get(1)).isInstanceOf(LeaveRequestReminded.class);
            assertThat(followUp(request, daysLater(5)).stream().filter(LeaveRequestStartedUndecided.class::isInstance))
                    .isEmpty();
        }

        @Test
        void sickLeaveSubmittedOnOrAfterItsFirstDayNeverWaitedForIt() {
            LeaveRequest request = aRequest().ofType(LeaveType.SICK).from(NOW.atZone(POLICY.zone()).toLocalDate()
                    .minusDays(1), NOW.atZone(POLICY.zone()).toLocalDate()).submit();

            assertThat(followUp(request, daysLater(1))).isEmpty();
        }
    }

    @Test
    void theEscalationComesAfterTheReminder() {
        assertThatThrownBy(() -> new FollowUpPolicy(3, 3)).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new FollowUpPolicy(0, 3)).isInstanceOf(InvalidValue.class);
    }
}
