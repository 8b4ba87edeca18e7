package org.leavenotify.domain.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.leavenotify.domain.shared.InvalidValue;

class WorkingDaysTest {

    @Test
    void wholeAndHalfDaysReadAsDecimals() {
        assertThat(WorkingDays.of(3).asDecimal()).isEqualByComparingTo("3");
        assertThat(new WorkingDays(5)).hasToString("2.5");
        assertThat(WorkingDays.of(new BigDecimal("1.5"))).isEqualTo(new WorkingDays(3));
    }

    @Test
    void quarterDaysAndNegativeDaysAreRefused() {
        assertThatThrownBy(() -> WorkingDays.of(new BigDecimal("0.25"))).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new WorkingDays(-1)).isInstanceOf(InvalidValue.class);
    }
}
