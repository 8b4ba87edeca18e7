package org.leavenotify.acceptance.inprocess;

import static org.leavenotify.acceptance.inprocess.InProcessWorld.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.leavenotify.acceptance.steps.LeaveRequests;
import org.leavenotify.acceptance.steps.Persona;
import org.leavenotify.application.InMemoryApplication;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase.ApproveLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.ApproveLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase.CancelLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.CancelLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.MyLeaveBalancesQuery;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase.RejectLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.RejectLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase.SubmitLeaveRequestCommand;
import org.leavenotify.application.leave.port.in.SubmitLeaveRequestUseCase;
import org.leavenotify.application.leave.port.in.TeamLeaveRequestsQuery;
import org.leavenotify.application.leave.port.in.ViewLeaveRequestQuery;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeaveRequestId;
import org.leavenotify.domain.leave.LeaveStatus;
import org.leavenotify.domain.leave.LeaveType;

/** Asking for leave, deciding and cancelling it, in-process: the leave use cases by their incoming ports. */
class InProcessLeaveRequests implements LeaveRequests {

    private final SubmitLeaveRequestUseCase submitting;
    private final ApproveLeaveRequestUseCase approving;
    private final RejectLeaveRequestUseCase rejecting;
    private final CancelLeaveRequestUseCase cancelling;
    private final ViewLeaveRequestQuery viewing;
    private final MyLeaveBalancesQuery balances;
    private final TeamLeaveRequestsQuery teams;
    private final InMemoryApplication app;

    InProcessLeaveRequests(InProcessWorld world) {
        this.submitting = world.app().leave;
        this.approving = world.app().leave;
        this.rejecting = world.app().leave;
        this.cancelling = world.app().leave;
        this.viewing = world.app().queries;
        this.balances = world.app().queries;
        this.teams = world.app().queries;
        this.app = world.app();
    }

    @Override
    public LocalDate today() {
        return LocalDate.ofInstant(app.clock.instant(), ZoneOffset.UTC);
    }

    @Override
    public String submit(Persona who, String leaveType, LocalDate start, LocalDate end) {
        return refusing(() -> submitting.submit(new SubmitLeaveRequestCommand(id(who), LeaveType.valueOf(leaveType),
                start, end, "Time off")).id().value());
    }

    @Override
    public void approve(Persona who, String requestId) {
        refusing(() -> approving.approve(new ApproveLeaveRequestCommand(id(who), new LeaveRequestId(requestId), null)));
    }

    @Override
    public void reject(Persona who, String requestId, String reason) {
        refusing(() -> rejecting.reject(new RejectLeaveRequestCommand(id(who), new LeaveRequestId(requestId), reason)));
    }

    @Override
    public void cancel(Persona who, String requestId) {
        refusing(() -> cancelling.cancel(new CancelLeaveRequestCommand(id(who), new LeaveRequestId(requestId), null)));
    }

    @Override
    public String statusOf(Persona owner, String requestId) {
        return refusing(() -> viewing.view(id(owner), new LeaveRequestId(requestId)).status().name());
    }

    @Override
    public BigDecimal annualLeaveLeft(Persona who, int year) {
        return balances.myBalances(id(who), year).stream().filter(b -> b.type() == LeaveType.ANNUAL)
                .map(LeaveBalance::remaining).findFirst().orElseThrow();
    }

    @Override
    public List<String> pendingTeamRequestsOf(Persona manager) {
        return teams.teamRequests(id(manager), Optional.of(LeaveStatus.PENDING)).stream()
                .map(request -> request.id().value()).toList();
    }

    @Override
    public BigDecimal workingDaysOf(Persona owner, String requestId) {
        return viewing.view(id(owner), new LeaveRequestId(requestId)).workingDays().asDecimal();
    }
}
