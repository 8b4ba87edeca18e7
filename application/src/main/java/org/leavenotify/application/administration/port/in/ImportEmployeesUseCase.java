package org.leavenotify.application.administration.port.in;

import java.util.List;

import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.shared.Require;

/**
 * HR adds many people at once from lines of text (a CSV file). Every line is checked first, against the
 * directory and against the other lines, and if any line is wrong nothing is created and every wrong
 * line is reported ({@link org.leavenotify.application.administration.EmployeeImportRejected}). A
 * line's manager may be someone created by an earlier or later line of the same file: people are
 * created managers first. Returns the people created, in the order they were created.
 */
public interface ImportEmployeesUseCase {

    int MAX_LINES = 10_000;
    /** Distinct initial passwords one import may give: each costs a password hash (BCrypt, ~0.1 s of CPU). */
    int MAX_DISTINCT_PASSWORDS = 50;

    List<Employee> importEmployees(ImportEmployeesCommand command);

    /**
     * One line of the file, as text.
     *
     * @param line            its number in the file, for reporting
     * @param roles           role names separated by {@code |}, e.g. {@code EMPLOYEE|MANAGER}; blank for EMPLOYEE only
     * @param managerUsername blank for nobody
     * @param allowance       yearly annual-leave days, whole or half ({@code 25}, {@code 22.5})
     * @param initialPassword blank for none (HR sets one later)
     */
    record EmployeeLine(int line, String username, String displayName, String roles, String managerUsername,
                        String allowance, String initialPassword) {

        @Override
        public String toString() {
            return "EmployeeLine[" + line + ", " + username + "]";
        }
    }

    record ImportEmployeesCommand(EmployeeId actor, List<EmployeeLine> lines) {

        public ImportEmployeesCommand {
            Require.present(actor, "actor");
            lines = List.copyOf(Require.present(lines, "lines"));
        }
    }
}
