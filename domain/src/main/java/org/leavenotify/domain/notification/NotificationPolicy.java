package org.leavenotify.domain.notification;

import java.util.List;
import java.util.Optional;

import org.leavenotify.domain.leave.EmployeeId;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeaveRequestApproved;
import org.leavenotify.domain.leave.LeaveRequestCancelled;
import org.leavenotify.domain.leave.LeaveRequestRejected;
import org.leavenotify.domain.leave.LeaveRequestSubmitted;
import org.leavenotify.domain.leave.LeaveSummary;

/**
 * Who must be told about a leave event, and what they read:
 * <ul>
 *   <li>submitted: the employee's manager;</li>
 *   <li>approved: the employee;</li>
 *   <li>rejected: the employee, with the reason;</li>
 *   <li>cancelled: the employee's manager.</li>
 * </ul>
 * Employees at the top of the hierarchy have no manager; their submissions and cancellations notify
 * nobody (HR decides them from the request list).
 */
public final class NotificationPolicy {

    /** Finds the name a reader knows a colleague by. */
    @FunctionalInterface
    public interface DisplayNames {
        String of(EmployeeId employee);
    }

    private final DisplayNames names;

    public NotificationPolicy(DisplayNames names) {
        this.names = names;
    }

    public List<NotificationDraft> draftsFor(LeaveEvent event) {
        LeaveSummary leave = event.leave();
        Actor actor = new Actor(event.actorId(), names.of(event.actorId()));
        String what = describe(leave);
        if (event instanceof LeaveRequestSubmitted submitted) {
            return toManager(event, leave, NotificationType.LEAVE_REQUEST_SUBMITTED,
                    "New leave request from " + actor.displayName(),
                    actor.displayName() + " asks for " + what + "." + suffix("Reason", submitted.reason()), actor);
        }
        if (event instanceof LeaveRequestApproved approved) {
            return List.of(draft(event, leave.employeeId(), NotificationType.LEAVE_REQUEST_APPROVED,
                    "Your leave request was approved",
                    actor.displayName() + " approved your " + what + "." + suffix("Comment", approved.comment()),
                    actor));
        }
        if (event instanceof LeaveRequestRejected rejected) {
            return List.of(draft(event, leave.employeeId(), NotificationType.LEAVE_REQUEST_REJECTED,
                    "Your leave request was rejected",
                    actor.displayName() + " rejected your " + what + "." + suffix("Reason", rejected.reason()),
                    actor));
        }
        LeaveRequestCancelled cancelled = (LeaveRequestCancelled) event;
        return toManager(event, leave, NotificationType.LEAVE_REQUEST_CANCELLED,
                actor.displayName() + " cancelled " + (cancelled.wasApproved() ? "approved leave" : "a leave request"),
                actor.displayName() + " cancelled " + what + "." + suffix("Reason", cancelled.reason()), actor);
    }

    private List<NotificationDraft> toManager(LeaveEvent event, LeaveSummary leave, NotificationType type,
                                              String title, String message, Actor actor) {
        return Optional.ofNullable(leave.approverId())
                .map(manager -> List.of(draft(event, manager, type, title, message, actor)))
                .orElse(List.of());
    }

    private static NotificationDraft draft(LeaveEvent event, EmployeeId recipient, NotificationType type,
                                           String title, String message, Actor actor) {
        return new NotificationDraft(event.eventId(), recipient, type, title, message, event.leave().requestId(),
                actor, event.occurredAt());
    }

    private static String describe(LeaveSummary leave) {
        String days = leave.workingDays().toString();
        return leave.type().displayName() + " " + (leave.period().start().equals(leave.period().end())
                ? "on " + leave.period().start() : "from " + leave.period().start() + " to " + leave.period().end())
                + " (" + days + (days.equals("1") ? " working day)" : " working days)");
    }

    private static String suffix(String label, String text) {
        return text == null || text.isBlank() ? "" : " " + label + ": " + text;
    }
}
