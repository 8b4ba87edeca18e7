package org.leavenotify.domain.organisation;

/** What an employee may do beyond asking for their own leave. */
public enum Role {
    EMPLOYEE,
    MANAGER,
    HR_ADMIN
}
