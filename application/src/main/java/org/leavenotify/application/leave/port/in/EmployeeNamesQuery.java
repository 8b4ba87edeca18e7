package org.leavenotify.application.leave.port.in;

import java.util.Collection;
import java.util.Map;

import org.leavenotify.domain.organisation.EmployeeId;

/**
 * The display names of the people a leave request names (its employee, who decided it), so that clients
 * show names, never ids. Asked only for requests the caller may see; unknown ids are left out.
 */
public interface EmployeeNamesQuery {

    Map<EmployeeId, String> displayNames(Collection<EmployeeId> employees);
}
