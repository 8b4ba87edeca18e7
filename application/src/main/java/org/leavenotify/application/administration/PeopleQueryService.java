package org.leavenotify.application.administration;

import java.time.Clock;
import java.util.List;

import org.leavenotify.application.administration.port.in.EmployeesQuery;
import org.leavenotify.application.administration.port.out.OrganisationStorePort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.domain.leave.LeavePolicy;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;

/** What HR sees of the people: everyone, and one person with this year's allowance. */
public final class PeopleQueryService implements EmployeesQuery {

    private final OrganisationStorePort organisation;
    private final LeaveAllowancePort allowances;
    private final LeavePolicy policy;
    private final Clock clock;
    private final HrChecks checks;

    public PeopleQueryService(EmployeeDirectoryPort directory, OrganisationStorePort organisation,
                              LeaveAllowancePort allowances, LeavePolicy policy, Clock clock) {
        this.organisation = organisation;
        this.allowances = allowances;
        this.policy = policy;
        this.clock = clock;
        this.checks = new HrChecks(directory);
    }

    @Override
    public List<Employee> allEmployees(EmployeeId actor) {
        checks.administrator(actor);
        return organisation.findAll();
    }

    @Override
    public EmployeeRecord employee(EmployeeId actor, EmployeeId employeeId) {
        checks.administrator(actor);
        Employee employee = checks.existing(employeeId);
        int year = policy.today(clock.instant()).getYear();
        return new EmployeeRecord(employee, year, allowances.annualAllowance(employee.id(), year));
    }
}
