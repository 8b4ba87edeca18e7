package org.leavenotify.adapter.memory;

import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.contract.OrganisationStoreContract;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;

class InMemoryOrganisationStoreTest extends OrganisationStoreContract {

    private InMemoryEmployeeDirectory directory;

    @Override
    protected OrganisationStorePort emptyStore() {
        directory = new InMemoryEmployeeDirectory();
        return directory;
    }

    @Override
    protected EmployeeDirectoryPort directoryOfTheSameStore() {
        return directory;
    }
}
