package org.leavenotify.domain.organisation;

import java.util.Optional;


/**
 * The outcome of moving an employee to a manager: the employee as they are now, and the event to save
 * with them, absent when they already reported to that manager (nothing changed).
 */
public record ManagerChange(Employee employee, Optional<ManagerChanged> event) {
}
