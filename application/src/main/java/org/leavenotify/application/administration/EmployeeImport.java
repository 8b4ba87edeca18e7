package org.leavenotify.application.administration;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.leavenotify.application.administration.EmployeeImportRejected.LineError;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.EmployeeLine;
import org.leavenotify.application.auth.NewPasswords;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.organisation.Allowances;
import org.leavenotify.domain.organisation.Employee;
import org.leavenotify.domain.organisation.EmployeeId;
import org.leavenotify.domain.organisation.ReportingCycle;
import org.leavenotify.domain.organisation.ReportingLines;
import org.leavenotify.domain.organisation.Role;
import org.leavenotify.domain.shared.DomainRefusal;

/**
 * Checks the lines of an import against the directory and against each other, and puts the people in
 * an order in which each one's manager exists before them. Writes nothing.
 */
final class EmployeeImport {

    /** A person ready to be created. */
    record Planned(int line, Employee employee, WorkingDays annualAllowance, String initialPassword) {
    }

    static final String ROLE_SEPARATOR = "|";

    private final EmployeeDirectoryPort directory;
    private final Employee actor;
    private final List<LineError> errors = new ArrayList<>();
    private final Map<String, EmployeeLine> lineOf = new HashMap<>();

    private final NewPasswords newPasswords;

    EmployeeImport(EmployeeDirectoryPort directory, Employee actor, NewPasswords newPasswords) {
        this.directory = directory;
        this.actor = actor;
        this.newPasswords = newPasswords;
    }

    /** Every person of the file, managers first; refused with every wrong line if any is wrong. */
    List<Planned> plan(List<EmployeeLine> lines) {
        if (lines.isEmpty()) {
            throw new EmployeeImportRejected(List.of(new LineError(0, "the file lists nobody")));
        }
        if (lines.size() > ImportEmployeesUseCase.MAX_LINES) {
            throw new EmployeeImportRejected(List.of(new LineError(0, "the file lists " + lines.size()
                    + " people; import at most " + ImportEmployeesUseCase.MAX_LINES + " at once")));
        }
        long passwords = lines.stream().map(EmployeeLine::initialPassword).filter(p -> p != null && !p.isBlank())
                .distinct().count();
        if (passwords > ImportEmployeesUseCase.MAX_DISTINCT_PASSWORDS) {
            throw new EmployeeImportRejected(List.of(new LineError(0, "the file gives " + passwords
                    + " different initial passwords; at most " + ImportEmployeesUseCase.MAX_DISTINCT_PASSWORDS
                    + " per import (each costs a password hash): leave the column empty and set passwords one by one")));
        }
        Map<String, Planned> planned = new LinkedHashMap<>();
        Map<String, String> managerOf = new HashMap<>();
        ReportingLines withoutManagers = new ReportingLines(Directories.people(directory));
        for (EmployeeLine line : lines) {
            parse(line, withoutManagers).ifPresent(person -> {
                planned.put(person.employee().username(), person);
                managerOf.put(person.employee().username(), blankToNull(line.managerUsername()));
            });
        }
        Map<EmployeeId, Employee> newcomers = new HashMap<>();
        Map<String, Planned> withManagers = new LinkedHashMap<>();
        for (Planned person : planned.values()) {
            EmployeeId manager = managerId(managerOf.get(person.employee().username()), planned);
            if (person.employee().id().equals(manager)) {
                error(person.line(), new ReportingCycle(manager, manager).getMessage());
                managerOf.remove(person.employee().username());
                manager = null;
            }
            Planned placed = new Planned(person.line(), person.employee().withManager(manager),
                    person.annualAllowance(), person.initialPassword());
            withManagers.put(person.employee().username(), placed);
            newcomers.put(placed.employee().id(), placed.employee());
        }
        ReportingLines together = new ReportingLines(new ReportingLines.People() {
            @Override
            public Optional<Employee> find(EmployeeId id) {
                return Optional.ofNullable(newcomers.get(id)).or(() -> directory.findById(id));
            }

            @Override
            public List<Employee> reportsOf(EmployeeId manager) {
                return List.of();
            }
        });
        for (Planned person : withManagers.values()) {
            String managerUsername = managerOf.get(person.employee().username());
            if (managerUsername == null) {
                continue;
            }
            if (person.employee().managerId() == null) {
                EmployeeLine managersLine = lineOf.get(managerUsername);
                error(person.line(), managersLine != null
                        ? "the manager '" + quote(managerUsername) + "' is on line " + managersLine.line() + ", which is wrong"
                        : "the manager '" + quote(managerUsername) + "' is neither an employee nor on a line of this file");
                continue;
            }
            try {
                together.requireValidManager(person.employee().id(), person.employee().managerId());
            } catch (DomainRefusal refusal) {
                error(person.line(), refusal.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw new EmployeeImportRejected(errors);
        }
        return managersFirst(withManagers);
    }

    private Optional<Planned> parse(EmployeeLine line, ReportingLines rules) {
        int errorsBefore = errors.size();
        String username = line.username() == null ? "" : line.username().strip();
        EmployeeLine earlier = lineOf.putIfAbsent(username, line);
        if (earlier != null && !username.isEmpty()) {
            error(line.line(), "the username '" + quote(username) + "' is also on line " + earlier.line());
        } else if (!username.isEmpty() && (directory.findByUsername(username).isPresent()
                || isId(username) && directory.findById(new EmployeeId(username)).isPresent())) {
            error(line.line(), "the username '" + quote(username) + "' is taken");
        }
        Set<Role> roles = roles(line);
        WorkingDays allowance = allowance(line);
        String password = blankToNull(line.initialPassword());
        if (password != null) {
            attempt(line.line(), () -> newPasswords.check(password, username, line.displayName()));
        }
        Employee employee = attempt(line.line(),
                () -> rules.hire(actor, username, line.displayName(), roles == null ? Set.of() : roles, null));
        if (errors.size() > errorsBefore || employee == null) {
            return Optional.empty();
        }
        return Optional.of(new Planned(line.line(), employee, allowance, password));
    }

    private Set<Role> roles(EmployeeLine line) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        String text = line.roles() == null ? "" : line.roles().strip();
        if (text.isEmpty()) {
            return roles;
        }
        for (String name : text.split("\\" + ROLE_SEPARATOR, -1)) {
            String role = name.strip().toUpperCase(Locale.ROOT);
            try {
                roles.add(Role.valueOf(role));
            } catch (IllegalArgumentException unknown) {
                error(line.line(), "unknown role '" + quote(name.strip()) + "': roles are EMPLOYEE, MANAGER and HR_ADMIN, "
                        + "separated by '" + ROLE_SEPARATOR + "'");
                return null;
            }
        }
        return roles;
    }

    private WorkingDays allowance(EmployeeLine line) {
        String text = line.allowance() == null ? "" : line.allowance().strip();
        if (text.isEmpty()) {
            error(line.line(), "the allowance is missing: give the yearly days of annual leave, e.g. 25");
            return null;
        }
        if (text.length() > 20) {
            error(line.line(), "the allowance '" + quote(text) + "' is not a number of days");
            return null;
        }
        try {
            return attempt(line.line(), () -> Allowances.of(new BigDecimal(text)));
        } catch (NumberFormatException notANumber) {
            error(line.line(), "the allowance '" + quote(text) + "' is not a number of days");
            return null;
        }
    }

    /** The id of the manager named on a line: someone on another line, or someone in the directory. */
    private EmployeeId managerId(String managerUsername, Map<String, Planned> planned) {
        if (managerUsername == null) {
            return null;
        }
        Planned onALine = planned.get(managerUsername);
        if (onALine != null) {
            return onALine.employee().id();
        }
        return directory.findByUsername(managerUsername).map(Employee::id).orElse(null);
    }

    /** Each person after their manager, when the manager is on a line too (the lines form no cycle). */
    private static List<Planned> managersFirst(Map<String, Planned> people) {
        Map<EmployeeId, Planned> byId = new LinkedHashMap<>();
        people.values().forEach(person -> byId.put(person.employee().id(), person));
        List<Planned> ordered = new ArrayList<>();
        Set<EmployeeId> placed = new java.util.HashSet<>();
        for (Planned person : byId.values()) {
            place(person, byId, placed, ordered);
        }
        return ordered;
    }

    private static void place(Planned person, Map<EmployeeId, Planned> byId, Set<EmployeeId> placed,
                              List<Planned> ordered) {
        List<Planned> chain = new ArrayList<>();
        for (Planned next = person; next != null && !placed.contains(next.employee().id());
             next = next.employee().managerId() == null ? null : byId.get(next.employee().managerId())) {
            chain.add(0, next);
            placed.add(next.employee().id());
        }
        ordered.addAll(chain);
    }

    private <T> T attempt(int line, java.util.function.Supplier<T> check) {
        try {
            return check.get();
        } catch (DomainRefusal refusal) {
            error(line, refusal.getMessage());
            return null;
        }
    }

    private void error(int line, String message) {
        errors.add(new LineError(line, message));
    }

    /** What the file said, cut to 40 characters: a refusal never echoes a whole field back. */
    static String quote(String text) {
        return text == null || text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static boolean isId(String text) {
        return !text.isBlank() && text.length() <= 64;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
