package org.leavenotify.application.administration.port.in;

import java.util.List;

import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;

/** HR's view of the people: everyone, or one with their allowance of the current year. HR only. */
public interface EmployeesQuery {

    /** Everyone, active or not, by username. */
    List<Employee> allEmployees(EmployeeId actor);

    /** One employee, active or not; an unknown id is {@code EmployeeNotFound}. */
    EmployeeRecord employee(EmployeeId actor, EmployeeId employee);

    /** An employee with their annual-leave allowance of {@code year}. */
    record EmployeeRecord(Employee employee, int year, WorkingDays annualAllowance) {
    }
}
