package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.Require;

/** Identifies an employee; it is also the subject of their access token. */
public record EmployeeId(String value) {

    public EmployeeId {
        Require.text(value, "employee id");
        Require.textUpTo(value, 64, "employee id");
    }

    @Override
    public String toString() {
        return value;
    }
}
