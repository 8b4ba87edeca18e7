package org.leavenotify.adapter.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.administration.EmployeeImportRejected;
import org.leavenotify.application.administration.EmployeeImportRejected.LineError;
import org.leavenotify.application.administration.port.in.ImportEmployeesUseCase.EmployeeLine;

/** Cutting an import's CSV into lines and fields; what the fields mean is the use case's business. */
class EmployeeCsvTest {

    @Test
    void eachLineBecomesTheFieldsOfOnePersonNumberedAsInTheFile() {
        List<EmployeeLine> lines = EmployeeCsv.read("""
                username,displayName,roles,managerUsername,allowance
                dan,Dan Doyle,EMPLOYEE|MANAGER,,25
                erin,Erin Eve,,dan,22.5,a first password
                """);

        assertThat(lines).containsExactly(
                new EmployeeLine(2, "dan", "Dan Doyle", "EMPLOYEE|MANAGER", "", "25", null),
                new EmployeeLine(3, "erin", "Erin Eve", "", "dan", "22.5", "a first password"));
    }

    @Test
    void theHeaderIsOptionalAndBlankLinesAreIgnored() {
        List<EmployeeLine> lines = EmployeeCsv.read("dan,Dan Doyle,MANAGER,,25\r\n\r\nerin,Erin Eve,,dan,20");

        assertThat(lines).extracting(EmployeeLine::line).containsExactly(1, 3);
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndLineBreaks() {
        List<EmployeeLine> lines = EmployeeCsv.read("\uFEFF\"o.brien\",\"O'Brien, \"\"Pat\"\"\",,bob,25\n"
                + "finn,\"Finn\nFox\",,bob,25\nzoe,Zoe,,bob,25\n");

        assertThat(lines).containsExactly(
                new EmployeeLine(1, "o.brien", "O'Brien, \"Pat\"", "", "bob", "25", null),
                new EmployeeLine(2, "finn", "Finn\nFox", "", "bob", "25", null),
                new EmployeeLine(4, "zoe", "Zoe", "", "bob", "25", null));
    }

    @Test
    void linesWithTheWrongNumberOfFieldsAreEachReported() {
        EmployeeImportRejected rejected = catchThrowableOfType(EmployeeImportRejected.class, () -> EmployeeCsv.read("""
                dan,Dan Doyle,MANAGER,,25
                erin,Erin Eve,dan,22.5
                finn,Finn Fox,,dan,20,password12,extra
                """));

        assertThat(rejected.errors()).extracting(LineError::line).containsExactly(2, 3);
        assertThat(rejected.errors().get(0).message()).isEqualTo("expected 5 fields (username,displayName,roles,"
                + "managerUsername,allowance) or 6 with an initialPassword, found 4");
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItStarts() {
        EmployeeImportRejected rejected = catchThrowableOfType(EmployeeImportRejected.class,
                () -> EmployeeCsv.read("dan,Dan Doyle,MANAGER,,25\nerin,\"Erin Eve,,dan,22.5\n"));

        assertThat(rejected.errors()).containsExactly(new LineError(2, "a quoted field is not closed"));
    }

    @Test
    void anUnclosedQuoteAfterBlankLinesIsReportedOnTheLineItStartsAfterTheEarlierLinesOwnErrors() {
        EmployeeImportRejected rejected = catchThrowableOfType(EmployeeImportRejected.class,
                () -> EmployeeCsv.read("dan,Dan Doyle\r\n\r\n  \r\nerin,\"Erin Eve,,dan,22.5\n"));

        assertThat(rejected.errors()).extracting(LineError::line).containsExactly(1, 4);
        assertThat(rejected.errors().get(1).message()).isEqualTo("a quoted field is not closed");
    }

    @Test
    void aQuotedFieldFollowedByMoreTextIsReportedWithItsLine() {
        EmployeeImportRejected rejected = catchThrowableOfType(EmployeeImportRejected.class,
                () -> EmployeeCsv.read("username,displayName,roles,managerUsername,allowance\n"
                        + "dan,\"Dan\" Doyle,MANAGER,,25\n"));

        assertThat(rejected.errors()).containsExactly(new LineError(2,
                "a quoted field is followed by something other than a comma or the end of the line"));
    }

    @Test
    void anEmptyFileHasNoLines() {
        assertThat(EmployeeCsv.read("")).isEmpty();
        assertThat(EmployeeCsv.read("username,displayName,roles,managerUsername,allowance\n")).isEmpty();
    }
}
