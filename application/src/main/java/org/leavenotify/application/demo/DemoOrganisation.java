package org.leavenotify.application.demo;

import java.lang.System.Logger.Level;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;

import org.leavenotify.application.auth.StoredCredentials;
import org.leavenotify.application.auth.port.out.CredentialStorePort;
import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.application.leave.port.out.HolidayCalendarPort;
import org.leavenotify.application.leave.port.out.LeaveAllowancePort;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.Role;

/**
 * The demo organisation of the embedded default: Alice and Carol report to Bob, Bob reports to Hana
 * (HR). Everyone's password is {@code demo}; everyone has 25 days of annual leave this year and next.
 * Never created by the production profile.
 */
public final class DemoOrganisation {

    public static final String PASSWORD = "demo";
    public static final int ANNUAL_DAYS = 25;

    public static final EmployeeId ALICE = new EmployeeId("alice");
    public static final EmployeeId CAROL = new EmployeeId("carol");
    public static final EmployeeId BOB = new EmployeeId("bob");
    public static final EmployeeId HANA = new EmployeeId("hana");

    private static final System.Logger LOG = System.getLogger(DemoOrganisation.class.getName());

    /** Holidays on fixed dates, so working-day counts are predictable in demos and tests. */
    private static final List<MonthDay> HOLIDAYS = List.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(12, 25),
            MonthDay.of(12, 26));

    public static List<Employee> employees() {
        return List.of(
                new Employee(HANA, "hana", "Hana Hughes", Set.of(Role.EMPLOYEE, Role.HR_ADMIN), null, true),
                new Employee(BOB, "bob", "Bob Baker", Set.of(Role.EMPLOYEE, Role.MANAGER), HANA, true),
                new Employee(ALICE, "alice", "Alice Archer", Set.of(Role.EMPLOYEE), BOB, true),
                new Employee(CAROL, "carol", "Carol Chen", Set.of(Role.EMPLOYEE), BOB, true));
    }

    /**
     * Creates the demo organisation if the directory has none of it; returns whether it did. Running it
     * on a store that already has the demo users changes nothing.
     */
    public static boolean createIfAbsent(EmployeeDirectoryPort directory, CredentialStorePort credentials,
                                         PasswordHasherPort hasher, LeaveAllowancePort allowances,
                                         HolidayCalendarPort calendar, int currentYear) {
        if (directory.findById(HANA).isPresent()) {
            return false;
        }
        String hash = hasher.hash(PASSWORD);
        for (Employee employee : employees()) {
            directory.save(employee);
            credentials.save(new StoredCredentials(employee.username(), employee.id(), hash));
            for (int year = currentYear; year <= currentYear + 1; year++) {
                allowances.setAnnualAllowance(employee.id(), year, WorkingDays.of(ANNUAL_DAYS));
            }
        }
        for (int year = currentYear; year <= currentYear + 1; year++) {
            for (MonthDay holiday : HOLIDAYS) {
                calendar.addHoliday(LocalDate.of(year, holiday.getMonth(), holiday.getDayOfMonth()), "Public holiday");
            }
        }
        LOG.log(Level.INFO, "Created the demo organisation: alice, carol (report to bob), bob (reports to hana), "
                + "hana (HR); password '" + PASSWORD + "'");
        return true;
    }

    private DemoOrganisation() {
    }
}
