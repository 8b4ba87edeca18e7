package org.leavenotify.adapter.memory;

import org.leavenotify.application.contract.EmployeeDirectoryContract;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;

class InMemoryEmployeeDirectoryTest extends EmployeeDirectoryContract {

    @Override
    protected EmployeeDirectoryPort emptyDirectory() {
        return new InMemoryEmployeeDirectory();
    }
}
