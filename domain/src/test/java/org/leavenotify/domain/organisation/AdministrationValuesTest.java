package org.leavenotify.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.LeaveType;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.shared.DomainRefusal;

/** Passwords and allowances as HR and employees give them. */
class AdministrationValuesTest {

    @Test
    void aPasswordHasAtLeastTenCharacters() {
        assertThatThrownBy(() -> PasswordPolicy.check("nine char"))
                .isInstanceOf(PasswordTooShort.class)
                .satisfies(e -> assertThat(((DomainRefusal) e).kind()).isEqualTo(DomainRefusal.Kind.INVALID_INPUT));
        assertThatThrownBy(() -> PasswordPolicy.check(null)).isInstanceOf(PasswordTooShort.class);
        assertThat(PasswordPolicy.check("ten chars!")).isEqualTo("ten chars!");
    }

    @Test
    void aPasswordLengthCountsCharactersNotBytes() {
        assertThat(PasswordPolicy.check("éééééééééé")).hasSize(10);
        assertThatThrownBy(() -> PasswordPolicy.check("éééééééé€")).isInstanceOf(PasswordTooShort.class);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsRefused() {
        assertThat(PasswordPolicy.check("x".repeat(72))).hasSize(72);
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(73))).isInstanceOf(PasswordTooLong.class);
        assertThatThrownBy(() -> PasswordPolicy.check("é".repeat(37))).isInstanceOf(PasswordTooLong.class);
    }

    @Test
    void anAllowanceIsZeroToAYearInWholeOrHalfDays() {
        assertThat(Allowances.of(new BigDecimal("25"))).isEqualTo(WorkingDays.of(25));
        assertThat(Allowances.of(new BigDecimal("22.5"))).isEqualTo(new WorkingDays(45));
        assertThat(Allowances.of(BigDecimal.ZERO)).isEqualTo(WorkingDays.NONE);
        assertThatThrownBy(() -> Allowances.of(new BigDecimal("-1"))).isInstanceOf(AllowanceOutOfRange.class);
        assertThatThrownBy(() -> Allowances.of(new BigDecimal("367"))).isInstanceOf(AllowanceOutOfRange.class);
        assertThatThrownBy(() -> Allowances.of(new BigDecimal("2.25"))).isInstanceOf(AllowanceOutOfRange.class);
        assertThatThrownBy(() -> Allowances.of(null)).isInstanceOf(AllowanceOutOfRange.class);
    }

    @Test
    void anAllowanceMayNotBeSetBelowTheLeaveAlreadyUsedAndReservedThatYear() {
        EmployeeId dan = new EmployeeId("dan");
        LeaveBalance tenBooked = new LeaveBalance(dan, LeaveType.ANNUAL, 2027, WorkingDays.of(10), WorkingDays.of(6),
                WorkingDays.of(4));
        LeaveBalance nineAllowed = new LeaveBalance(dan, LeaveType.ANNUAL, 2027, WorkingDays.of(9), WorkingDays.of(6),
                WorkingDays.of(4));

        assertThat(Allowances.requireCoversBookedLeave(tenBooked)).isSameAs(tenBooked);
        assertThatThrownBy(() -> Allowances.requireCoversBookedLeave(nineAllowed))
                .isInstanceOf(AllowanceBelowBookedLeave.class);
    }

    @Test
    void hugeNumbersInAnyNotationAreRefusedByTheirShapeAndQuotedInAFewCharacters() {
        for (String huge : new String[] {"1e999999999", "-1E+999999999", "1e-999999999", "25.0000000000000000001",
                "9".repeat(1000), "0." + "0".repeat(998) + "1", "366.00000000000000000000000000000000000001"}) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> Allowances.of(new BigDecimal(huge))).as(huge.substring(0, Math.min(20, huge.length())))
                    .isInstanceOf(AllowanceOutOfRange.class)
                    .satisfies(refused -> assertThat(refused.getMessage()).hasSizeLessThan(120));
            assertThat(System.nanoTime() - started).as("refused at once, not after printing the number")
                    .isLessThan(2_000_000_000L);
        }
        assertThat(Allowances.of(new BigDecimal("2.50000"))).isEqualTo(new WorkingDays(5));
        assertThat(Allowances.of(new BigDecimal("2.5E+1"))).isEqualTo(new WorkingDays(50));
    }
}
