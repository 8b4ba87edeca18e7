package org.leavenotify.adapter.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.leavenotify.application.administration.EmployeeImportRejected;
import org.leavenotify.application.administration.EmployeeImportRejected.LineError;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.EmployeeLine;

/**
 * Reads the CSV of an employee import (RFC 4180: comma-separated, fields may be quoted with {@code "},
 * a quote inside a quoted field is doubled, CRLF or LF line ends, an optional UTF-8 BOM). The columns
 * are {@code username,displayName,roles,managerUsername,allowance} and an optional sixth,
 * {@code initialPassword}; a first line naming the columns is skipped; blank lines are ignored. Roles
 * are separated by {@code |} (a comma would need quoting). What a field means is checked by the use
 * case; this only cuts the text into lines and fields, and refuses the file, naming each line, when
 * a line has the wrong number of fields or an unclosed quote.
 */
final class EmployeeCsv {

    static final String HEADER = "username,displayName,roles,managerUsername,allowance";
    private static final int COLUMNS = 5;
    private static final int WITH_PASSWORD = 6;

    private EmployeeCsv() {
    }

    static List<EmployeeLine> read(String text) {
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<EmployeeLine> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        int position = 0;
        int lineNumber = 1;
        boolean first = true;
        while (position < csv.length()) {
            int startLine = lineNumber;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            boolean ended = false;
            while (position < csv.length() && !ended) {
                char c = csv.charAt(position++);
                if (quoted) {
                    if (c == '"') {
                        if (position < csv.length() && csv.charAt(position) == '"') {
                            field.append('"');
                            position++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            lineNumber++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r' && position < csv.length() && csv.charAt(position) == '\n') {
                        position++;
                    }
                    lineNumber++;
                    ended = true;
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            if (quoted) {
                errors.add(new LineError(startLine, "a quoted field is not closed"));
                break;
            }
            boolean blank = fields.size() == 1 && fields.get(0).isBlank();
            if (blank) {
                continue;
            }
            if (first && isHeader(fields)) {
                first = false;
                continue;
            }
            first = false;
            if (fields.size() != COLUMNS && fields.size() != WITH_PASSWORD) {
                errors.add(new LineError(startLine, "expected " + COLUMNS + " fields (" + HEADER
                        + ") or 6 with an initialPassword, found " + fields.size()));
                continue;
            }
            lines.add(new EmployeeLine(startLine, fields.get(0), fields.get(1), fields.get(2), fields.get(3),
                    fields.get(4), fields.size() == WITH_PASSWORD ? fields.get(5) : null));
        }
        if (!errors.isEmpty()) {
            throw new EmployeeImportRejected(errors);
        }
        return lines;
    }

    private static boolean isHeader(List<String> fields) {
        return !fields.isEmpty() && fields.get(0).strip().toLowerCase(Locale.ROOT).equals("username");
    }
}
