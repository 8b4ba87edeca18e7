package org.leavenotify.domain.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeaveRequestApproved;
import org.leavenotify.domain.leave.LeaveRequestCancelled;
import org.leavenotify.domain.leave.LeaveRequestEscalated;
import org.leavenotify.domain.leave.LeaveRequestReassigned;
import org.leavenotify.domain.leave.LeaveRequestReminded;
import org.leavenotify.domain.leave.LeaveRequestStartedUndecided;
import org.leavenotify.domain.leave.LeaveRequestRejected;
import org.leavenotify.domain.leave.LeaveRequestSubmitted;
import org.leavenotify.domain.leave.LeaveSummary;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ManagerChanged;
import org.leavenotify.domain.organisation.OrganisationEvent;

/**
 * Who must be told about a leave event, and what they read:
 * <ul>
 *   <li>submitted: the employee's manager;</li>
 *   <li>approved: the employee;</li>
 *   <li>rejected: the employee, with the reason;</li>
 *   <li>cancelled: the employee's manager;</li>
 *   <li>reassigned (HR moved the employee to another manager): the new approver;</li>
 *   <li>reminded (the request waited too long): its decider, or HR when it has none;</li>
 *   <li>escalated (it waited longer still): the decider it went up to, or HR, and the decider it
 *       waited for before;</li>
 *   <li>started undecided (its first day came before a decision): HR;</li>
 *   <li>manager changed: the employee, their previous manager and their new manager.</li>
 * </ul>
 * Employees at the top of the hierarchy have no manager; their submissions and cancellations notify
 * nobody (HR decides them from the request list). "HR" is every active HR administrator but the requester.
 */
public final class NotificationPolicy {

    /** Finds the name a reader knows a colleague by. */
    @FunctionalInterface
    public interface DisplayNames {
        String of(EmployeeId employee);
    }

    /** Finds who HR is: the active HR administrators. */
    @FunctionalInterface
    public interface HrAdministrators {
        List<EmployeeId> all();
    }

    private final DisplayNames names;
    private final HrAdministrators hr;

    public NotificationPolicy(DisplayNames names, HrAdministrators hr) {
        this.names = names;
        this.hr = hr;
    }

    public List<NotificationDraft> draftsFor(LeaveEvent event) {
        LeaveSummary leave = event.leave();
        Actor actor = new Actor(event.actorId(), names.of(event.actorId()));
        String what = describe(leave);
        return event.match(new LeaveEvent.Cases<>() {
            @Override
            public List<NotificationDraft> submitted(LeaveRequestSubmitted submitted) {
                return toManager(event, leave, NotificationType.LEAVE_REQUEST_SUBMITTED,
                        "New leave request from " + actor.displayName(),
                        actor.displayName() + " asks for " + what + "." + suffix("Reason", submitted.reason()), actor);
            }

            @Override
            public List<NotificationDraft> approved(LeaveRequestApproved approved) {
                return List.of(draft(event, leave.employeeId(), NotificationType.LEAVE_REQUEST_APPROVED,
                        "Your leave request was approved",
                        actor.displayName() + " approved your " + what + "." + suffix("Comment", approved.comment()),
                        actor));
            }

            @Override
            public List<NotificationDraft> rejected(LeaveRequestRejected rejected) {
                return List.of(draft(event, leave.employeeId(), NotificationType.LEAVE_REQUEST_REJECTED,
                        "Your leave request was rejected",
                        actor.displayName() + " rejected your " + what + "." + suffix("Reason", rejected.reason()),
                        actor));
            }

            @Override
            public List<NotificationDraft> cancelled(LeaveRequestCancelled cancelled) {
                return toManager(event, leave, NotificationType.LEAVE_REQUEST_CANCELLED,
                        actor.displayName() + " cancelled "
                                + (cancelled.wasApproved() ? "approved leave" : "a leave request"),
                        actor.displayName() + " cancelled " + what + "." + suffix("Reason", cancelled.reason()), actor);
            }

            @Override
            public List<NotificationDraft> reassigned(LeaveRequestReassigned reassigned) {
                String employee = names.of(leave.employeeId());
                return toManager(event, leave, NotificationType.LEAVE_REQUEST_REASSIGNED,
                        "Leave request from " + employee + " now waits for you",
                        employee + " now reports to you (" + actor.displayName() + " changed it), so their "
                                + what + " waits for your decision.", actor);
            }

            @Override
            public List<NotificationDraft> reminded(LeaveRequestReminded reminded) {
                return toDeciderOrHr(event, leave, NotificationType.LEAVE_REQUEST_REMINDER,
                        "Leave request from " + actor.displayName() + " still waits for a decision",
                        actor.displayName() + " has waited " + workingDays(reminded.workingDaysWaited())
                                + " for your decision on " + what + ".", actor);
            }

            @Override
            public List<NotificationDraft> escalated(LeaveRequestEscalated escalated) {
                String before = names.of(escalated.previousApproverId());
                List<NotificationDraft> drafts = new ArrayList<>(toDeciderOrHr(event, leave,
                        NotificationType.LEAVE_REQUEST_ESCALATED,
                        "Leave request from " + actor.displayName() + " was passed to you",
                        actor.displayName() + " has waited " + workingDays(escalated.workingDaysWaited())
                                + " for " + before + " to decide " + what + ". You may decide it now.", actor));
                String after = leave.approverId() == null ? "HR" : names.of(leave.approverId());
                drafts.add(draft(event, escalated.previousApproverId(), NotificationType.LEAVE_REQUEST_ESCALATED,
                        "Leave request from " + actor.displayName() + " was passed to " + after,
                        actor.displayName() + "'s " + what + " waited " + workingDays(escalated.workingDaysWaited())
                                + " without a decision, so " + after + " may decide it now. You still may.", actor));
                return List.copyOf(drafts);
            }

            @Override
            public List<NotificationDraft> startedUndecided(LeaveRequestStartedUndecided started) {
                return toHr(event, leave, NotificationType.LEAVE_REQUEST_STARTED_UNDECIDED,
                        "Leave of " + actor.displayName() + " started without a decision",
                        actor.displayName() + "'s " + what + " has started and nobody has decided it yet"
                                + (leave.approverId() == null ? "." : " (it waits for "
                                + names.of(leave.approverId()) + ")."), actor);
            }
        });
    }

    /** Who must be told about a change HR made to the organisation, and what they read. */
    public List<NotificationDraft> draftsFor(OrganisationEvent event) {
        Actor actor = new Actor(event.actorId(), names.of(event.actorId()));
        ManagerChanged changed = event.match(managerChanged -> managerChanged);
        String employee = names.of(changed.employeeId());
        String from = changed.previousManagerId() == null ? null : names.of(changed.previousManagerId());
        String to = changed.newManagerId() == null ? null : names.of(changed.newManagerId());
        List<NotificationDraft> drafts = new ArrayList<>();
        drafts.add(organisationDraft(event, changed.employeeId(),
                to == null ? "You no longer have a manager" : "Your manager is now " + to,
                actor.displayName() + " moved you " + (from == null ? "" : "from " + from + "'s team ")
                        + (to == null ? "out of any team" : "to " + to + "'s team")
                        + ". Your pending leave requests now wait for "
                        + (to == null ? "HR" : to) + ".", actor));
        if (changed.previousManagerId() != null) {
            drafts.add(organisationDraft(event, changed.previousManagerId(), employee + " left your team",
                    actor.displayName() + " moved " + employee + (to == null ? " out of your team"
                            : " from your team to " + to + "'s team") + ".", actor));
        }
        if (changed.newManagerId() != null) {
            drafts.add(organisationDraft(event, changed.newManagerId(), employee + " joined your team",
                    actor.displayName() + " moved " + employee + " to your team"
                            + (from == null ? "" : " from " + from + "'s team")
                            + ". Their pending leave requests now wait for your decision.", actor));
        }
        return List.copyOf(drafts);
    }

    private static NotificationDraft organisationDraft(OrganisationEvent event, EmployeeId recipient, String title,
                                                       String message, Actor actor) {
        return new NotificationDraft(event.eventId(), recipient, NotificationType.MANAGER_CHANGED, title, message,
                null, actor, event.occurredAt());
    }

    private List<NotificationDraft> toManager(LeaveEvent event, LeaveSummary leave, NotificationType type,
                                              String title, String message, Actor actor) {
        return Optional.ofNullable(leave.approverId())
                .map(manager -> List.of(draft(event, manager, type, title, message, actor)))
                .orElse(List.of());
    }

    private List<NotificationDraft> toDeciderOrHr(LeaveEvent event, LeaveSummary leave, NotificationType type,
                                                  String title, String message, Actor actor) {
        return leave.approverId() != null ? toManager(event, leave, type, title, message, actor)
                : toHr(event, leave, type, title, message, actor);
    }

    private List<NotificationDraft> toHr(LeaveEvent event, LeaveSummary leave, NotificationType type, String title,
                                         String message, Actor actor) {
        return hr.all().stream()
                .filter(administrator -> !administrator.equals(leave.employeeId()))
                .distinct()
                .map(administrator -> draft(event, administrator, type, title, message, actor))
                .toList();
    }

    private static String workingDays(int days) {
        return days + (days == 1 ? " working day" : " working days");
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
