package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.LeaveRequestRepositoryContract;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;

class InMemoryLeaveRequestRepositoryTest extends LeaveRequestRepositoryContract {

    @Override
    protected LeaveRequestRepositoryPort emptyRepository() {
        return new InMemoryLeaveRequestRepository();
    }
}
