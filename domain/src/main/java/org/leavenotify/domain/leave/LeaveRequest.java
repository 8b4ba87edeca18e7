package org.leavenotify.domain.leave;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.EventId;
import org.leavenotify.domain.shared.Require;

/**
 * A request for leave, from submission to its final state: PENDING, then APPROVED, REJECTED or
 * CANCELLED (approved leave may still be cancelled before it starts).
 *
 * <p>Each intent method checks its rules, changes the state and returns the event it raises. The event
 * is also kept in the request's outbox until it has been turned into notifications, so that saving the
 * request saves its events in the same single-document write: nothing is lost between a decision and
 * the notification about it.
 */
public final class LeaveRequest {

    public static final int MAX_TEXT_LENGTH = 500;

    private final LeaveRequestId id;
    private final EmployeeId employeeId;
    private EmployeeId approverId;
    private final LeaveType type;
    private final LeavePeriod period;
    private WorkingDays workingDays;
    private final String reason;
    private final Instant createdAt;
    private final long version;
    private final List<LeaveEvent> outbox;
    private LeaveStatus status;
    private String decisionComment;
    private Instant decidedAt;
    private EmployeeId decidedBy;
    private FollowUps followUps;

    private LeaveRequest(LeaveRequestId id, EmployeeId employeeId, EmployeeId approverId, LeaveType type,
                         LeavePeriod period, WorkingDays workingDays, LeaveStatus status, String reason,
                         String decisionComment, Instant createdAt, Instant decidedAt, EmployeeId decidedBy,
                         FollowUps followUps, long version, List<LeaveEvent> outbox) {
        this.id = Require.present(id, "leave request id");
        this.employeeId = Require.present(employeeId, "employee id");
        this.approverId = approverId;
        this.type = Require.present(type, "leave type");
        this.period = Require.present(period, "period");
        this.workingDays = Require.present(workingDays, "working days");
        this.status = Require.present(status, "status");
        this.reason = reason;
        this.decisionComment = decisionComment;
        this.createdAt = Require.present(createdAt, "created at");
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.followUps = Require.present(followUps, "follow-ups");
        this.version = version;
        this.outbox = new ArrayList<>(outbox);
    }

    /**
     * Submits a new request. Refused when the period covers no working day, starts in the past (sick
     * leave may be backdated as the policy allows), overlaps one of the employee's pending or approved
     * requests, or, for annual leave, asks for more than is left of the year's allowance.
     * The new request is PENDING and its outbox holds a {@link LeaveRequestSubmitted}.
     */
    public static LeaveRequest submit(LeaveRequestId id, EventId eventId, LeaveApplication application,
                                      EmployeeLeave known, Instant now) {
        Employee employee = application.employee();
        LeavePeriod period = application.period();
        LeaveType type = application.type();

        WorkingDays days = known.calendar().workingDaysIn(period);
        if (days.isZero()) {
            throw new NoWorkingDaysInPeriod(period);
        }
        var earliest = known.policy().earliestStart(type, now);
        if (period.start().isBefore(earliest)) {
            throw new LeaveStartsInThePast(period.start(), earliest);
        }
        for (LeaveRequest other : known.existingRequests()) {
            if (other.employeeId.equals(employee.id()) && other.status.holdsDays() && other.period.overlaps(period)) {
                throw new OverlappingLeave(period, other.id, other.status, other.type, other.period);
            }
        }
        LeaveBalance balance = known.balance(employee.id(), type, period.year());
        if (!balance.covers(days)) {
            throw new InsufficientBalance(days, balance.remaining(), period.year());
        }

        // leave that has started already when it is asked for (backdated sick leave) never waited for its first day
        FollowUps followUps = period.start().isAfter(known.policy().today(now)) ? FollowUps.NONE
                : FollowUps.NONE.startedUndecided(now);
        LeaveRequest request = new LeaveRequest(id, employee.id(), employee.managerId(), type, period, days,
                LeaveStatus.PENDING, blankToNull(application.reason()), null, now, null, null, followUps, 0,
                List.of());
        request.outbox.add(new LeaveRequestSubmitted(eventId, request.summary(), employee.id(), now,
                request.reason));
        return request;
    }

    /**
     * The requester's manager, or HR, approves a pending request. Nobody approves their own request.
     */
    public LeaveRequestApproved approve(Employee decider, Employee requester, String comment, Instant at,
                                        EventId eventId) {
        checkDecider(decider, requester);
        Require.textUpTo(comment, MAX_TEXT_LENGTH, "comment");
        requirePending();
        decide(LeaveStatus.APPROVED, decider, blankToNull(comment), at);
        return record(new LeaveRequestApproved(eventId, summary(), decider.id(), at, decisionComment));
    }

    /**
     * The requester's manager, or HR, rejects a pending request and must say why: the reason is what
     * the employee is told.
     */
    public LeaveRequestRejected reject(Employee decider, Employee requester, String reason, Instant at,
                                       EventId eventId) {
        checkDecider(decider, requester);
        if (reason == null || reason.isBlank()) {
            throw new RejectionNeedsReason();
        }
        Require.textUpTo(reason, MAX_TEXT_LENGTH, "reason");
        requirePending();
        decide(LeaveStatus.REJECTED, decider, reason.strip(), at);
        return record(new LeaveRequestRejected(eventId, summary(), decider.id(), at, decisionComment));
    }

    /**
     * The requester cancels their request while it is pending, or approved and not yet started; the
     * days it held are given back to the balance.
     */
    public LeaveRequestCancelled cancel(Employee requester, String reason, Instant at, LeavePolicy policy,
                                        EventId eventId) {
        if (!requester.id().equals(employeeId)) {
            throw new NotTheRequester(id);
        }
        Require.textUpTo(reason, MAX_TEXT_LENGTH, "reason");
        boolean wasApproved = status == LeaveStatus.APPROVED;
        if (wasApproved && period.hasStartedOn(policy.today(at))) {
            throw new LeaveAlreadyStarted(id);
        }
        if (!wasApproved) {
            requirePending();
        }
        decide(LeaveStatus.CANCELLED, requester, blankToNull(reason), at);
        return record(new LeaveRequestCancelled(eventId, summary(), requester.id(), at, decisionComment,
                wasApproved));
    }

    /**
     * Hands a pending request to another approver, because the requester's manager changed: the request
     * now waits for {@code newApprover} ({@code null}: nobody but HR), who is told. Handing it to the
     * approver it already waits for changes nothing and raises nothing, so a retried reassignment is
     * harmless. Only pending requests move: a decided one keeps the approver who decided it.
     */
    public Optional<LeaveRequestReassigned> reassign(EmployeeId newApprover, EmployeeId actor, Instant at,
                                                     EventId eventId) {
        requirePending();
        if (Objects.equals(approverId, newApprover)) {
            return Optional.empty();
        }
        EmployeeId previous = approverId;
        this.approverId = newApprover;
        return Optional.of(record(new LeaveRequestReassigned(eventId, summary(), actor, at, previous)));
    }

    /**
     * Chases a request that still waits for its decision, as of {@code at}; each step is taken once, and
     * returns the events it raised (none when nothing is due):
     * <ul>
     *   <li>when its first day has come, HR is told it started undecided (not for a request submitted on
     *       or after its first day, such as backdated sick leave: it never waited for that day);</li>
     *   <li>after {@code rules.escalateAfterWorkingDays()} working days since it was submitted, it goes up
     *       from its decider to {@code decidersManager} ({@code null}: HR), who may then decide it; a request
     *       already waiting for HR alone has nowhere to go up, and one that goes up is not also reminded;</li>
     *   <li>otherwise after {@code rules.remindAfterWorkingDays()} working days its decider is reminded.</li>
     * </ul>
     * The steps taken are kept in the request ({@link #followUps()}), so saving it at the version it was read
     * at is what makes each happen once, however many nodes look at the request at the same moment.
     *
     * @param calendar        the holidays of every year from its submission to {@code at}
     * @param decidersManager the active manager of the current decider, or {@code null} for HR
     */
    public List<LeaveEvent> followUp(FollowUpPolicy rules, LeavePolicy policy, HolidayCalendar calendar,
                                     EmployeeId decidersManager, Instant at, Supplier<EventId> eventIds) {
        if (status != LeaveStatus.PENDING) {
            return List.of();
        }
        List<LeaveEvent> raised = new ArrayList<>();
        LocalDate today = policy.today(at);
        LocalDate submittedOn = policy.today(createdAt);
        if (followUps.startedUndecidedAt() == null && !period.start().isAfter(today)
                && submittedOn.isBefore(period.start())) {
            followUps = followUps.startedUndecided(at);
            raised.add(record(new LeaveRequestStartedUndecided(eventIds.get(), summary(), employeeId, at)));
        }
        int waited = calendar.workingDaysAfter(submittedOn, today);
        if (followUps.escalatedAt() == null && waited >= rules.escalateAfterWorkingDays()) {
            EmployeeId previous = approverId;
            followUps = followUps.escalated(at);
            if (previous != null) {
                // never to the requester: in a sound hierarchy nobody manages their own manager, but if so, HR
                approverId = employeeId.equals(decidersManager) ? null : decidersManager;
                raised.add(record(new LeaveRequestEscalated(eventIds.get(), summary(), employeeId, at, previous,
                        waited)));
            }
        } else if (followUps.remindedAt() == null && followUps.escalatedAt() == null
                && waited >= rules.remindAfterWorkingDays()) {
            followUps = followUps.reminded(at);
            raised.add(record(new LeaveRequestReminded(eventIds.get(), summary(), employeeId, at, waited)));
        }
        return List.copyOf(raised);
    }

    /**
     * Counts the working days of a pending request again after the public holidays changed; returns
     * whether the count changed. Decided requests keep the count they were decided with: approved leave
     * was granted for that number of days, and a holiday added later does not give days back.
     */
    public boolean recount(HolidayCalendar calendar) {
        if (status != LeaveStatus.PENDING) {
            return false;
        }
        WorkingDays counted = calendar.workingDaysIn(period);
        if (counted.equals(workingDays)) {
            return false;
        }
        this.workingDays = counted;
        return true;
    }

    /**
     * True when {@code viewer} may see this request: its owner, their manager, HR, or whoever it went up to
     * because it waited too long.
     */
    public boolean isVisibleTo(Employee viewer, Employee requester) {
        return viewer.id().equals(employeeId) || viewer.approvesFor(requester) || viewer.id().equals(approverId);
    }

    /** Events raised and saved, not yet turned into notifications, oldest first. */
    public List<LeaveEvent> undispatchedEvents() {
        return List.copyOf(outbox);
    }

    /** Forgets events from the outbox once their notifications are stored. Idempotent. */
    public void markDispatched(Set<EventId> eventIds) {
        outbox.removeIf(event -> eventIds.contains(event.eventId()));
    }

    public LeaveSummary summary() {
        return new LeaveSummary(id, employeeId, approverId, type, period, workingDays);
    }

    private void checkDecider(Employee decider, Employee requester) {
        if (!requester.id().equals(employeeId)) {
            throw new IllegalArgumentException("requester " + requester.id() + " does not own " + id);
        }
        if (decider.id().equals(employeeId)) {
            throw new CannotDecideOwnRequest(id);
        }
        if (!decider.approvesFor(requester) && !decider.id().equals(approverId)) {
            throw new NotTheApprover(decider.id(), id);
        }
    }

    private void requirePending() {
        if (status != LeaveStatus.PENDING) {
            throw new LeaveRequestNotPending(id, status);
        }
    }

    private void decide(LeaveStatus newStatus, Employee by, String comment, Instant at) {
        this.status = newStatus;
        this.decisionComment = comment;
        this.decidedAt = at;
        this.decidedBy = by.id();
    }

    private <E extends LeaveEvent> E record(E event) {
        outbox.add(event);
        return event;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Rebuilds a stored request; used by storage adapters only. */
    public static LeaveRequest restore(LeaveRequestId id, EmployeeId employeeId, EmployeeId approverId,
                                       LeaveType type, LeavePeriod period, WorkingDays workingDays,
                                       LeaveStatus status, String reason, String decisionComment,
                                       Instant createdAt, Instant decidedAt, EmployeeId decidedBy,
                                       FollowUps followUps, long version, List<LeaveEvent> outbox) {
        return new LeaveRequest(id, employeeId, approverId, type, period, workingDays, status, reason,
                decisionComment, createdAt, decidedAt, decidedBy, followUps, version, outbox);
    }

    /** A copy with another version number; storage adapters use it after a successful write. */
    public LeaveRequest withVersion(long newVersion) {
        return new LeaveRequest(id, employeeId, approverId, type, period, workingDays, status, reason,
                decisionComment, createdAt, decidedAt, decidedBy, followUps, newVersion, outbox);
    }

    public LeaveRequestId id() {
        return id;
    }

    public EmployeeId employeeId() {
        return employeeId;
    }

    /**
     * Who the request waits for: the requester's manager at submission, or the new manager it was
     * reassigned to since; {@code null} if they had none.
     */
    public EmployeeId approverId() {
        return approverId;
    }

    public LeaveType type() {
        return type;
    }

    public LeavePeriod period() {
        return period;
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    public LeaveStatus status() {
        return status;
    }

    public String reason() {
        return reason;
    }

    public String decisionComment() {
        return decisionComment;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public EmployeeId decidedBy() {
        return decidedBy;
    }

    /** What was done to chase its decision while it waited. */
    public FollowUps followUps() {
        return followUps;
    }

    /** The stored version this request was read at; storage uses it to refuse lost updates. */
    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LeaveRequest that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id);
    }

    @Override
    public String toString() {
        return "LeaveRequest[" + id + ", " + employeeId + ", " + type + ", " + period + ", " + status + "]";
    }
}
