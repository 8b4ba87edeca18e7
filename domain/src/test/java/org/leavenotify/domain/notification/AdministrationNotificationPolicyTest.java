package org.leavenotify.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.leavenotify.domain.leave.LeaveRequests.NOW;
import static org.leavenotify.domain.leave.LeaveRequests.nextEventId;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.leavenotify.domain.leave.Employees;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequests;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ManagerChanged;

/** Who is told when HR moves people between teams, and what they read. */
class AdministrationNotificationPolicyTest {

    private static final Map<EmployeeId, String> NAMES = Map.of(Employees.CAROL, "Carol Chen", Employees.BOB,
            "Bob Baker", Employees.DAN, "Dan Doyle", Employees.HANA, "Hana Hughes");

    private final NotificationPolicy policy = new NotificationPolicy(NAMES::get, List::of);

    @Test
    void aMovedRequestTellsTheNewApproverThatItWaitsForThem() {
        LeaveRequest request = LeaveRequests.aRequest().by(Employees.carol()).submit();
        LeaveEvent reassigned = request.reassign(Employees.DAN, Employees.HANA, NOW, nextEventId()).orElseThrow();

        List<NotificationDraft> drafts = policy.draftsFor(reassigned);

        assertThat(drafts).singleElement().satisfies(draft -> {
            assertThat(draft.recipientId()).isEqualTo(Employees.DAN);
            assertThat(draft.type()).isEqualTo(NotificationType.LEAVE_REQUEST_REASSIGNED);
            assertThat(draft.title()).isEqualTo("Leave request from Carol Chen now waits for you");
            assertThat(draft.message()).isEqualTo("Carol Chen now reports to you (Hana Hughes changed it), so their "
                    + "annual leave from 2026-12-07 to 2026-12-09 (3 working days) waits for your decision.");
            assertThat(draft.leaveRequestId()).isEqualTo(request.id());
            assertThat(draft.actor()).isEqualTo(new Actor(Employees.HANA, "Hana Hughes"));
        });
    }

    @Test
    void aMovedRequestWithNobodyToWaitForTellsNobody() {
        LeaveRequest request = LeaveRequests.aRequest().by(Employees.carol()).submit();
        LeaveEvent reassigned = request.reassign(null, Employees.HANA, NOW, nextEventId()).orElseThrow();

        assertThat(policy.draftsFor(reassigned)).isEmpty();
    }

    @Test
    void aManagerChangeTellsTheEmployeeAndBothManagers() {
        ManagerChanged changed = new ManagerChanged(nextEventId(), Employees.CAROL, Employees.BOB, Employees.DAN,
                Employees.HANA, NOW);

        List<NotificationDraft> drafts = policy.draftsFor(changed);

        assertThat(drafts).extracting(NotificationDraft::recipientId)
                .containsExactly(Employees.CAROL, Employees.BOB, Employees.DAN);
        assertThat(drafts).allSatisfy(draft -> {
            assertThat(draft.type()).isEqualTo(NotificationType.MANAGER_CHANGED);
            assertThat(draft.leaveRequestId()).isNull();
            assertThat(draft.actor()).isEqualTo(new Actor(Employees.HANA, "Hana Hughes"));
            assertThat(draft.eventId()).isEqualTo(changed.eventId());
            assertThat(draft.createdAt()).isEqualTo(NOW);
        });
        assertThat(drafts.get(0).title()).isEqualTo("Your manager is now Dan Doyle");
        assertThat(drafts.get(0).message()).isEqualTo("Hana Hughes moved you from Bob Baker's team to Dan Doyle's "
                + "team. Your pending leave requests now wait for Dan Doyle.");
        assertThat(drafts.get(1).title()).isEqualTo("Carol Chen left your team");
        assertThat(drafts.get(1).message()).isEqualTo("Hana Hughes moved Carol Chen from your team to Dan Doyle's team.");
        assertThat(drafts.get(2).title()).isEqualTo("Carol Chen joined your team");
        assertThat(drafts.get(2).message()).isEqualTo("Hana Hughes moved Carol Chen to your team from Bob Baker's "
                + "team. Their pending leave requests now wait for your decision.");
    }

    @Test
    void someoneWhoHadNoManagerIsToldAndOnlyTheNewManagerWithThem() {
        ManagerChanged changed = new ManagerChanged(nextEventId(), Employees.CAROL, null, Employees.DAN,
                Employees.HANA, NOW);

        assertThat(policy.draftsFor(changed)).extracting(NotificationDraft::recipientId)
                .containsExactly(Employees.CAROL, Employees.DAN);
    }

    @Test
    void someoneMovedOutOfAnyTeamIsToldTheirRequestsWaitForHr() {
        ManagerChanged changed = new ManagerChanged(nextEventId(), Employees.CAROL, Employees.BOB, null,
                Employees.HANA, NOW);

        List<NotificationDraft> drafts = policy.draftsFor(changed);

        assertThat(drafts).extracting(NotificationDraft::recipientId).containsExactly(Employees.CAROL, Employees.BOB);
        assertThat(drafts.get(0).message()).endsWith("now wait for HR.");
    }
}
