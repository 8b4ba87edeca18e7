package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.PendingLeaveRequestsContract;
import org.leavenotify.application.leave.port.out.LeaveRequestRepositoryPort;
import org.leavenotify.application.leave.port.out.PendingLeaveRequestsPort;

class InMemoryPendingLeaveRequestsTest extends PendingLeaveRequestsContract {

    private InMemoryLeaveRequestRepository repository;

    @Override
    protected LeaveRequestRepositoryPort emptyRepository() {
        repository = new InMemoryLeaveRequestRepository();
        return repository;
    }

    @Override
    protected PendingLeaveRequestsPort pendingOfTheSameStore() {
        return repository;
    }
}
