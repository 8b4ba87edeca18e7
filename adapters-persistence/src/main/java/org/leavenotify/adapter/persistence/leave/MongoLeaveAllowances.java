package org.leavenotify.adapter.persistence.leave;

import org.leavenotify.adapter.persistence.MongoCalls;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.EmployeeId;

/** Annual-leave allowances on MongoDB, looked up by {@code _id}. */
final class MongoLeaveAllowances implements LeaveAllowancePort {

    static final String COLLECTION = "leave_allowances";

    private final SpringDataAllowanceRepository allowances;

    MongoLeaveAllowances(SpringDataAllowanceRepository allowances) {
        this.allowances = allowances;
    }

    @Override
    public WorkingDays annualAllowance(EmployeeId employee, int year) {
        return MongoCalls.call("loading the allowance of " + employee, () ->
                allowances.findById(AllowanceDocument.idOf(employee.value(), year))
                        .map(allowance -> new WorkingDays(allowance.halfDays()))
                        .orElse(WorkingDays.NONE));
    }

    @Override
    public void setAnnualAllowance(EmployeeId employee, int year, WorkingDays allowance) {
        MongoCalls.run("saving the allowance of " + employee, () -> allowances.save(new AllowanceDocument(
                AllowanceDocument.idOf(employee.value(), year), employee.value(), year, allowance.halfDays())));
    }
}
