package org.leavenotify.adapter.web.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.leavenotify.application.administration.EmployeeImportRejected;
import org.leavenotify.application.administration.EmployeeImportRejected.LineError;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.EmployeeLine;

/**
 * Reads the CSV of an employee import (RFC 4180, read by Apache Commons CSV: comma-separated, fields may
 * be quoted with {@code "}, a quote inside a quoted field is doubled, CRLF or LF line ends; an optional
 * UTF-8 BOM). The columns are {@code username,displayName,roles,managerUsername,allowance} and an optional
 * sixth, {@code initialPassword}; a first line naming the columns is skipped; blank lines are ignored.
 * Roles are separated by {@code |} (a comma would need quoting). What a field means is checked by the use
 * case; this only cuts the text into records, numbers each by the line of the file it starts on, and
 * refuses the file, naming each line, when a line has the wrong number of fields or a quoted field that is
 * not closed (or not followed by a comma).
 */
final class EmployeeCsv {

    static final String HEADER = "username,displayName,roles,managerUsername,allowance";
    private static final int COLUMNS = 5;
    private static final int WITH_PASSWORD = 6;
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private EmployeeCsv() {
    }

    static List<EmployeeLine> read(String text) {
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        LineStarts lineStarts = new LineStarts(csv);
        List<EmployeeLine> lines = new ArrayList<>();
        List<LineError> errors = new ArrayList<>();
        boolean first = true;
        try (CSVParser parser = CSVParser.parse(csv, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long linesBefore = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException unreadable) {
                    errors.add(new LineError(lineStarts.firstNonBlankLineAfter(linesBefore), describe(unreadable)));
                    break;
                }
                // the record's position is where the parser began reading it, before any blank lines it skipped
                int line = lineStarts.firstNonBlankLineAfter(lineStarts.lineOf(record.getCharacterPosition()) - 1L);
                List<String> fields = Arrays.asList(record.values());
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                if (first && isHeader(fields)) {
                    first = false;
                    continue;
                }
                first = false;
                if (fields.size() != COLUMNS && fields.size() != WITH_PASSWORD) {
                    errors.add(new LineError(line, "expected " + COLUMNS + " fields (" + HEADER
                            + ") or 6 with an initialPassword, found " + fields.size()));
                    continue;
                }
                lines.add(new EmployeeLine(line, fields.get(0), fields.get(1), fields.get(2), fields.get(3),
                        fields.get(4), fields.size() == WITH_PASSWORD ? fields.get(5) : null));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String: not expected
        }
        if (!errors.isEmpty()) {
            throw new EmployeeImportRejected(errors);
        }
        return lines;
    }

    /** What Commons CSV found wrong, said as the import's refusals say things. */
    private static String describe(RuntimeException unreadable) {
        String message = String.valueOf(unreadable.getCause() != null ? unreadable.getCause().getMessage()
                : unreadable.getMessage());
        return message.contains("EOF reached before encapsulated token finished")
                ? "a quoted field is not closed"
                : "a quoted field is followed by something other than a comma or the end of the line";
    }

    private static boolean isHeader(List<String> fields) {
        return !fields.isEmpty() && fields.get(0).strip().toLowerCase(Locale.ROOT).equals("username");
    }

    /** Where each line of the text starts, to number a record by the line it starts on (from 1). */
    private static final class LineStarts {

        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        LineStarts(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
        }

        int lineOf(long characterPosition) {
            int found = java.util.Collections.binarySearch(starts, (int) characterPosition);
            return (found >= 0 ? found : -found - 2) + 1;
        }

        /** The first line after {@code linesRead} complete lines that holds anything: where the next record starts. */
        int firstNonBlankLineAfter(long linesRead) {
            int index = (int) Math.min(linesRead, starts.size() - 1);
            while (index + 1 < starts.size() && text.substring(starts.get(index), starts.get(index + 1)).isBlank()) {
                index++;
            }
            return index + 1;
        }
    }
}
