package org.leavenotify.application.leave;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.leavenotify.application.leave.port.in.FollowUpWaitingRequestsUseCase;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;
import org.leavenotify.application.notification.port.in.DispatchNotificationsUseCase;
import org.leavenotify.application.shared.Retry;
import org.leavenotify.application.shared.port.out.IdGeneratorPort;
import org.leavenotify.domain.leave.FollowUpPolicy;
import org.leavenotify.domain.leave.FollowUps;
import org.leavenotify.domain.leave.HolidayCalendar;
import org.leavenotify.domain.leave.LeaveEvent;
import org.leavenotify.domain.leave.LeavePolicy;
import org.leavenotify.domain.leave.LeaveRequest;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;

/**
 * The follow-up of requests that wait for their decision ({@link LeaveRequest#followUp}). Each request is
 * read, followed up and saved at the version it was read at, with the events it raised in its outbox: when
 * two nodes follow up the same request at the same moment, one save wins and the other reads the request
 * again and finds the step taken, so every reminder, escalation and flag happens once. The events are then
 * dispatched like any other (and by the outbox sweep if that fails now).
 *
 * <p>A node whose clock runs ahead follows up early by as much; nothing is ever done twice because of it.
 */
public final class FollowUpService implements FollowUpWaitingRequestsUseCase {

    private static final System.Logger LOG = System.getLogger(FollowUpService.class.getName());

    private final LeaveRequestRepositoryPort requests;
    private final PendingLeaveRequestsPort pending;
    private final EmployeeDirectoryPort directory;
    private final HolidayCalendarPort calendars;
    private final DispatchNotificationsUseCase dispatcher;
    private final IdGeneratorPort ids;
    private final FollowUpPolicy rules;
    private final LeavePolicy policy;
    private final Clock clock;

    public FollowUpService(LeaveRequestRepositoryPort requests, PendingLeaveRequestsPort pending,
                           EmployeeDirectoryPort directory, HolidayCalendarPort calendars,
                           DispatchNotificationsUseCase dispatcher, IdGeneratorPort ids, FollowUpPolicy rules,
                           LeavePolicy policy, Clock clock) {
        this.requests = requests;
        this.pending = pending;
        this.directory = directory;
        this.calendars = calendars;
        this.dispatcher = dispatcher;
        this.ids = ids;
        this.rules = rules;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Pages through the candidates: pending requests submitted at least the reminder's number of days ago
     * (working days are never fewer than calendar days, so none that is due is missed) and not escalated
     * yet, and those whose first day has come and that were not flagged yet.
     */
    @Override
    public int followUpWaitingRequests(int pageSize) {
        Instant now = clock.instant();
        LocalDate today = policy.today(now);
        Instant submittedBefore = today.minusDays(rules.remindAfterWorkingDays() - 1L).atStartOfDay(policy.zone())
                .toInstant();
        int followedUp = 0;
        LeaveRequestId after = null;
        while (true) {
            List<LeaveRequest> page = pending.findPendingToFollowUp(submittedBefore, today, after, pageSize);
            for (LeaveRequest candidate : page) {
                try {
                    if (followUp(candidate.id())) {
                        followedUp++;
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Following up leave request " + candidate.id()
                            + " failed; the next sweep tries again", e);
                }
            }
            if (page.size() < pageSize) {
                return followedUp;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    /** Takes the steps due on one request, read afresh; returns whether any was taken. */
    private boolean followUp(LeaveRequestId id) {
        LeaveRequest saved = Retry.onConcurrentUpdate(() -> {
            LeaveRequest request = requests.findById(id).orElse(null);
            if (request == null) {
                return null;
            }
            FollowUps before = request.followUps();
            Instant now = clock.instant();
            List<LeaveEvent> raised = request.followUp(rules, policy, calendarSince(request, now),
                    managerOf(request.approverId()), now, () -> new EventId(ids.nextId()));
            if (raised.isEmpty() && request.followUps().equals(before)) {
                return null;
            }
            return requests.save(request);
        });
        if (saved == null) {
            return false;
        }
        try {
            dispatcher.dispatch(saved.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Notifications for leave request " + saved.id()
                    + " could not be dispatched now; the outbox sweep will retry", e);
        }
        return true;
    }

    /** The holidays of every year from the request's submission to now. */
    private HolidayCalendar calendarSince(LeaveRequest request, Instant now) {
        int first = policy.today(request.createdAt()).getYear();
        int last = policy.today(now).getYear();
        HolidayCalendar calendar = calendars.calendarFor(first);
        for (int year = first + 1; year <= last; year++) {
            calendar = calendar.and(calendars.calendarFor(year));
        }
        return calendar;
    }

    /** Who the request goes up to from {@code decider}: their manager if active, else HR ({@code null}). */
    private EmployeeId managerOf(EmployeeId decider) {
        if (decider == null) {
            return null;
        }
        return directory.findById(decider)
                .map(Employee::managerId)
                .flatMap(directory::findById)
                .filter(Employee::active)
                .map(Employee::id)
                .orElse(null);
    }
}
