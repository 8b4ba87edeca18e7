package org.leavenotify.application.administration;

import java.util.List;

import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.OrganisationEvent;

/**
 * What one HR change writes to the employees: each of them as they are after it (new or changed), with the
 * organisation events the change raised for them. Committed as one revision of the organisation
 * ({@link OrganisationStorePort#takeRevision}), then written to each employee.
 */
public record OrganisationChange(List<EmployeeWrite> writes) {

    public OrganisationChange {
        writes = List.copyOf(writes);
    }

    public static OrganisationChange none() {
        return new OrganisationChange(List.of());
    }

    public static OrganisationChange hiring(List<Employee> employees) {
        return new OrganisationChange(employees.stream().map(EmployeeWrite::hired).toList());
    }

    public static OrganisationChange saving(Employee employee, List<OrganisationEvent> events) {
        return new OrganisationChange(List.of(new EmployeeWrite(employee, false, events)));
    }

    public boolean isEmpty() {
        return writes.isEmpty();
    }

    /** One employee after the change; {@code hired}: someone new, added only if nobody holds their id or username. */
    public record EmployeeWrite(Employee employee, boolean hired, List<OrganisationEvent> events) {

        public EmployeeWrite {
            events = List.copyOf(events);
        }

        static EmployeeWrite hired(Employee employee) {
            return new EmployeeWrite(employee, true, List.of());
        }
    }
}
