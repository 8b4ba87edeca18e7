package org.leavenotify.domain.leave;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LeavePeriodTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> LeavePeriod.of(MONDAY, MONDAY.minusDays(1)))
                .isInstanceOf(LeavePeriodEndsBeforeItStarts.class)
                .hasMessageContaining("ends (2026-12-06) before it starts (2026-12-07)");
    }

    @Test
    void aOneDayPeriodCannotStartAndEndAtNoon() {
        assertThatThrownBy(() -> new LeavePeriod(MONDAY, MONDAY, true, true))
                .isInstanceOf(LeavePeriodEndsBeforeItStarts.class);
    }

    @Test
    void aPeriodOverNewYearIsRefusedBecauseAllowancesAreYearly() {
        assertThatThrownBy(() -> LeavePeriod.of(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 2)))
                .isInstanceOf(LeavePeriodSpansTwoYears.class);
    }

    @Test
    void periodsSharingADayOverlap() {
        assertThat(LeavePeriod.of(MONDAY, MONDAY.plusDays(2)).overlaps(LeavePeriod.of(MONDAY.plusDays(2), MONDAY.plusDays(4))))
                .isTrue();
        assertThat(LeavePeriod.of(MONDAY, MONDAY.plusDays(1)).overlaps(LeavePeriod.of(MONDAY.plusDays(2), MONDAY.plusDays(4))))
                .isFalse();
    }

    @Test
    void aMorningOffAndAnAfternoonOffOnTheSameDayDoNotOverlap() {
        LeavePeriod morning = new LeavePeriod(MONDAY.minusDays(3), MONDAY, false, true);
        LeavePeriod afternoon = new LeavePeriod(MONDAY, MONDAY.plusDays(1), true, false);

        assertThat(morning.overlaps(afternoon)).isFalse();
        assertThat(afternoon.overlaps(morning)).isFalse();
    }

    @Test
    void twoAfternoonsOffOnTheSameDayOverlap() {
        LeavePeriod one = new LeavePeriod(MONDAY, MONDAY, true, false);
        LeavePeriod other = new LeavePeriod(MONDAY, MONDAY.plusDays(1), true, false);

        assertThat(one.overlaps(other)).isTrue();
    }
}
