package org.leavenotify.domain.leave;

import java.util.Set;

import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;

/** The people of our examples: Alice and Carol report to Bob, Bob reports to Hana (HR). */
public final class Employees {

    public static final EmployeeId ALICE = new EmployeeId("alice");
    public static final EmployeeId CAROL = new EmployeeId("carol");
    public static final EmployeeId BOB = new EmployeeId("bob");
    public static final EmployeeId DAN = new EmployeeId("dan");
    public static final EmployeeId HANA = new EmployeeId("hana");

    public static Employee alice() {
        return new Employee(ALICE, "alice", "Alice Archer", Set.of(Role.EMPLOYEE), BOB, true);
    }

    public static Employee carol() {
        return new Employee(CAROL, "carol", "Carol Chen", Set.of(Role.EMPLOYEE), BOB, true);
    }

    public static Employee bob() {
        return new Employee(BOB, "bob", "Bob Baker", Set.of(Role.EMPLOYEE, Role.MANAGER), HANA, true);
    }

    /** Another manager, with no reports among our examples. */
    public static Employee dan() {
        return new Employee(DAN, "dan", "Dan Doyle", Set.of(Role.EMPLOYEE, Role.MANAGER), HANA, true);
    }

    public static Employee hana() {
        return new Employee(HANA, "hana", "Hana Hughes", Set.of(Role.EMPLOYEE, Role.HR_ADMIN), null, true);
    }

    private Employees() {
    }
}
