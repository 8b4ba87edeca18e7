package org.leavenotify.application.administration;

import java.util.List;
import java.util.Optional;

import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ReportingLines;

/** The directory as the reporting-line rules see it. */
final class Directories {

    private Directories() {
    }

    static ReportingLines.People people(EmployeeDirectoryPort directory) {
        return new ReportingLines.People() {
            @Override
            public Optional<Employee> find(EmployeeId id) {
                return directory.findById(id);
            }

            @Override
            public List<Employee> reportsOf(EmployeeId manager) {
                return directory.findReportsOf(manager);
            }
        };
    }
}
