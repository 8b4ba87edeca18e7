package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.LeaveAllowanceContract;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;

class InMemoryLeaveAllowancesTest extends LeaveAllowanceContract {

    @Override
    protected LeaveAllowancePort emptyAllowances() {
        return new InMemoryLeaveAllowances();
    }
}
