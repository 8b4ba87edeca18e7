package org.leavenotify.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.domain.leave.LeaveRequests.NOW;
import static org.leavenotify.domain.leave.LeaveRequests.POLICY;
import static org.leavenotify.domain.leave.LeaveRequests.aPendingRequest;
import static org.leavenotify.domain.leave.LeaveRequests.nextEventId;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.organisation.EmployeeId;

class NotificationPolicyTest {

    private static final Map<EmployeeId, String> NAMES = Map.of(Employees.ALICE, "Alice Archer", Employees.BOB,
            "Bob Baker", Employees.HANA, "Hana Hughes");

    private final NotificationPolicy policy = new NotificationPolicy(NAMES::get);

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

    private static NotificationDraft single(List<NotificationDraft> drafts) {
        assertThat(drafts).hasSize(1);
        return drafts.get(0);
    }
}
