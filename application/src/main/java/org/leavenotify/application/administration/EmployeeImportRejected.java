package org.leavenotify.application.administration;

import java.util.Comparator;
import java.util.List;

import org.leavenotify.domain.shared.DomainRefusal;

/**
 * Refused: some lines of an employee import are wrong, so nobody was created. Lists every wrong line
 * with what is wrong with it (several messages for a line with several mistakes), in line order.
 */
public class EmployeeImportRejected extends DomainRefusal {

    /** What is wrong with one line; line 0 is about the file as a whole. */
    public record LineError(int line, String message) {
    }

    private final List<LineError> errors;

    public EmployeeImportRejected(List<LineError> errors) {
        super(Kind.INVALID_INPUT, describe(errors));
        this.errors = errors.stream().sorted(Comparator.comparingInt(LineError::line)).toList();
    }

    public List<LineError> errors() {
        return errors;
    }

    private static String describe(List<LineError> errors) {
        long lines = errors.stream().mapToInt(LineError::line).distinct().count();
        return "nobody was imported: " + lines + (lines == 1 ? " line is" : " lines are") + " wrong";
    }
}
