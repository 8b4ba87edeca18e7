package org.leavenotify.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.domain.leave.LeaveRequests.MONDAY;
import static org.leavenotify.domain.leave.LeaveRequests.NOW;
import static org.leavenotify.domain.leave.LeaveRequests.POLICY;
import static org.leavenotify.domain.leave.LeaveRequests.aPendingRequest;
import static org.leavenotify.domain.leave.LeaveRequests.aRequest;
import static org.leavenotify.domain.leave.LeaveRequests.nextEventId;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.FollowUpPolicy;
import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.organisation.EmployeeId;

class NotificationPolicyTest {

    private static final Map<EmployeeId, String> NAMES = Map.of(Employees.ALICE, "Alice Archer", Employees.BOB,
            "Bob Baker", Employees.HANA, "Hana Hughes", Employees.DAN, "Dan Doyle", Employees.CAROL, "Carol Chen");

    /** Hana and Alice are HR here, so that the requester's being HR is seen too. */
    private final NotificationPolicy policy = new NotificationPolicy(NAMES::get,
            () -> List.of(Employees.HANA, Employees.ALICE));

    @Test
    void aSubmittedRequestNotifiesTheManager() {
        LeaveRequest request = aPendingRequest();

        NotificationDraft draft = single(policy.draftsFor(request.undispatchedEvents().get(0)));

        assertThat(draft.recipientId()).isEqualTo(Employees.BOB);
        assertThat(draft.type()).isEqualTo(NotificationType.LEAVE_REQUEST_SUBMITTED);
        assertThat(draft.title()).isEqualTo("New leave request from Alice Archer");
        assertThat(draft.message()).isEqualTo(
                "Alice Archer asks for annual leave from 2026-12-07 to 2026-12-09 (3 working days). Reason: Family trip");
        assertThat(draft.actor()).isEqualTo(new Actor(Employees.ALICE, "Alice Archer"));
        assertThat(draft.leaveRequestId()).isEqualTo(request.id());
        assertThat(draft.createdAt()).isEqualTo(NOW);
    }

    @Test
    void anApprovedRequestNotifiesTheEmployee() {
        LeaveRequest request = aPendingRequest();
        LeaveEvent approved = request.approve(Employees.bob(), Employees.alice(), "Enjoy", NOW, nextEventId());

        NotificationDraft draft = single(policy.draftsFor(approved));

        assertThat(draft.recipientId()).isEqualTo(Employees.ALICE);
        assertThat(draft.type()).isEqualTo(NotificationType.LEAVE_REQUEST_APPROVED);
        assertThat(draft.message()).isEqualTo(
                "Bob Baker approved your annual leave from 2026-12-07 to 2026-12-09 (3 working days). Comment: Enjoy");
    }

    @Test
    void aRejectedRequestTellsTheEmployeeWhy() {
        LeaveRequest request = aPendingRequest();
        LeaveEvent rejected = request.reject(Employees.bob(), Employees.alice(), "Release week", NOW, nextEventId());

        NotificationDraft draft = single(policy.draftsFor(rejected));

        assertThat(draft.recipientId()).isEqualTo(Employees.ALICE);
        assertThat(draft.type()).isEqualTo(NotificationType.LEAVE_REQUEST_REJECTED);
        assertThat(draft.title()).isEqualTo("Your leave request was rejected");
        assertThat(draft.message()).endsWith("Reason: Release week");
    }

    @Test
    void aCancelledRequestNotifiesTheManager() {
        LeaveRequest request = LeaveRequests.anApprovedRequest();
        LeaveEvent cancelled = request.cancel(Employees.alice(), null, NOW, POLICY, nextEventId());

        NotificationDraft draft = single(policy.draftsFor(cancelled));

        assertThat(draft.recipientId()).isEqualTo(Employees.BOB);
        assertThat(draft.type()).isEqualTo(NotificationType.LEAVE_REQUEST_CANCELLED);
        assertThat(draft.title()).isEqualTo("Alice Archer cancelled approved leave");
        assertThat(draft.message()).doesNotContain("Reason");
    }

    @Test
    void aSubmissionBySomeoneWithoutAManagerNotifiesNobody() {
        LeaveRequest hanas = LeaveRequests.aRequest().by(Employees.hana()).submit();

        assertThat(policy.draftsFor(hanas.undispatchedEvents().get(0))).isEmpty();
    }

    @Test
    void theDedupKeyIsTheEventAndTheRecipient() {
        LeaveRequest request = aPendingRequest();
        LeaveEvent submitted = request.undispatchedEvents().get(0);

        NotificationDraft draft = single(policy.draftsFor(submitted));

        assertThat(draft.dedupKey()).isEqualTo(submitted.eventId().value() + ":bob");
        assertThat(single(policy.draftsFor(submitted)).dedupKey()).isEqualTo(draft.dedupKey());
    }

    @Test
    void aReminderTellsTheDeciderHowLongTheRequestHasWaited() {
        LeaveRequest request = aPendingRequest();
        LeaveEvent reminded = followUp(request, 4, Employees.HANA).get(0);

        NotificationDraft draft = single(policy.draftsFor(reminded));

        assertThat(draft.recipientId()).isEqualTo(Employees.BOB);
        assertThat(draft.type()).isEqualTo(NotificationType.LEAVE_REQUEST_REMINDER);
        assertThat(draft.title()).isEqualTo("Leave request from Alice Archer still waits for a decision");
        assertThat(draft.message()).isEqualTo("Alice Archer has waited 2 working days for your decision on annual "
                + "leave from 2026-12-07 to 2026-12-09 (3 working days).");
        assertThat(draft.leaveRequestId()).isEqualTo(request.id());
    }

    @Test
    void anEscalationTellsWhoItWentUpToAndWhoItWaitedForBefore() {
        LeaveRequest request = aPendingRequest();
        LeaveEvent escalated = followUp(request, 7, Employees.DAN).get(0);

        List<NotificationDraft> drafts = policy.draftsFor(escalated);

        assertThat(drafts).extracting(NotificationDraft::recipientId).containsExactly(Employees.DAN, Employees.BOB);
        assertThat(drafts).extracting(NotificationDraft::type).containsOnly(NotificationType.LEAVE_REQUEST_ESCALATED);
        assertThat(drafts.get(0).title()).isEqualTo("Leave request from Alice Archer was passed to you");
        assertThat(drafts.get(0).message()).isEqualTo("Alice Archer has waited 5 working days for Bob Baker to decide "
                + "annual leave from 2026-12-07 to 2026-12-09 (3 working days). You may decide it now.");
        assertThat(drafts.get(1).title()).isEqualTo("Leave request from Alice Archer was passed to Dan Doyle");
    }

    @Test
    void aRequestThatWentUpToHrTellsEveryAdministratorButTheRequester() {
        LeaveRequest request = aPendingRequest();
        LeaveEvent escalated = followUp(request, 7, null).get(0);

        List<NotificationDraft> drafts = policy.draftsFor(escalated);

        assertThat(drafts).extracting(NotificationDraft::recipientId).containsExactly(Employees.HANA, Employees.BOB);
        assertThat(drafts.get(1).title()).isEqualTo("Leave request from Alice Archer was passed to HR");
    }

    @Test
    void leaveThatStartedUndecidedIsFlaggedToHrButNotToARequesterWhoIsHr() {
        LeaveRequest request = aRequest().from(MONDAY.minusDays(7), MONDAY.minusDays(6)).submit();
        LeaveEvent started = followUp(request, 4, Employees.HANA).get(0);

        NotificationDraft draft = single(policy.draftsFor(started));

        assertThat(draft.recipientId()).isEqualTo(Employees.HANA);
        assertThat(draft.type()).isEqualTo(NotificationType.LEAVE_REQUEST_STARTED_UNDECIDED);
        assertThat(draft.title()).isEqualTo("Leave of Alice Archer started without a decision");
        assertThat(draft.message()).isEqualTo("Alice Archer's annual leave from 2026-11-30 to 2026-12-01 "
                + "(2 working days) has started and nobody has decided it yet (it waits for Bob Baker).");
    }

    private static List<LeaveEvent> followUp(LeaveRequest request, int daysLater, EmployeeId decidersManager) {
        return request.followUp(FollowUpPolicy.DEFAULT, POLICY, HolidayCalendar.NONE, decidersManager,
                NOW.plus(daysLater, ChronoUnit.DAYS), LeaveRequests::nextEventId);
    }

    private static NotificationDraft single(List<NotificationDraft> drafts) {
        assertThat(drafts).hasSize(1);
        return drafts.get(0);
    }
}
