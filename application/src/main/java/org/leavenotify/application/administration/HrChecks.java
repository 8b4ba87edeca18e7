package org.leavenotify.application.administration;

import java.util.Optional;

import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.leave.EmployeeNotFound;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ReportingLines;

/** What every HR use case checks first: that its actor is an active HR administrator, and that its employee exists. */
final class HrChecks {

    private final EmployeeDirectoryPort directory;

    HrChecks(EmployeeDirectoryPort directory) {
        this.directory = directory;
    }

    Employee administrator(EmployeeId actorId) {
        Optional<Employee> actor = directory.findById(actorId);
        ReportingLines.requireAdministrator(actor.orElse(null));
        return actor.get();
    }

    Employee existing(EmployeeId id) {
        return directory.findById(id).orElseThrow(() -> new EmployeeNotFound(id));
    }
}
