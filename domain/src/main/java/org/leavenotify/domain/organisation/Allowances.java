package org.leavenotify.domain.organisation;

import java.math.BigDecimal;

import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.shared.InvalidValue;

/** The bounds of a yearly annual-leave allowance. */
public final class Allowances {

    public static final int MAX_DAYS = 366;

    private Allowances() {
    }

    /** An allowance of {@code days} (whole or half days, 0 to 366). */
    public static WorkingDays of(BigDecimal days) {
        if (days == null || days.signum() < 0 || days.compareTo(BigDecimal.valueOf(MAX_DAYS)) > 0) {
            throw new AllowanceOutOfRange(days == null ? "nothing" : days.toPlainString());
        }
        try {
            return WorkingDays.of(days);
        } catch (InvalidValue | ArithmeticException notHalfDays) {
            throw new AllowanceOutOfRange(days.toPlainString());
        }
    }

    /** Refuses an allowance above the bound. */
    public static WorkingDays check(WorkingDays allowance) {
        if (allowance == null || allowance.compareTo(WorkingDays.of(MAX_DAYS)) > 0) {
            throw new AllowanceOutOfRange(String.valueOf(allowance));
        }
        return allowance;
    }
}
