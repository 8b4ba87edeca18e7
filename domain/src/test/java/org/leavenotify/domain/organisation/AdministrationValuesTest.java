package org.leavenotify.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
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
}
