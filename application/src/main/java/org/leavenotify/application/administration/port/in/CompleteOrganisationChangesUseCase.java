package org.leavenotify.application.administration.port.in;

import org.leavenotify.domain.organisation.EmployeeId;

/**
 * Completes what follows from the changes waiting in employees' outboxes: pending requests move to the
 * employee's current manager (who is told about each), and the people concerned are told about the
 * change. Safe to run any number of times, by several threads or nodes: a request already with its
 * new approver is left alone and each notification is stored once.
 */
public interface CompleteOrganisationChangesUseCase {

    /** Completes the outbox of one employee (run right after each change). */
    void complete(EmployeeId employee);

    /** Completes every waiting outbox, up to {@code limit} employees (the recovery sweep); returns how many. */
    int completePending(int limit);
}
