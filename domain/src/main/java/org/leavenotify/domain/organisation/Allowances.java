package org.leavenotify.domain.organisation;

import java.math.BigDecimal;

import org.leavenotify.domain.leave.LeaveBalance;
import org.leavenotify.domain.leave.WorkingDays;
import org.leavenotify.domain.shared.InvalidValue;

/** The bounds of a yearly annual-leave allowance, and the rule for changing one. */
public final class Allowances {

    public static final int MAX_DAYS = 366;

    private Allowances() {
    }

    /**
     * An allowance of {@code days} (whole or half days, 0 to 366). Its digits are bounded before any
     * arithmetic or formatting: a number such as {@code 1e999999999} is a few bytes to send and a gigabyte
     * to print in full, so it is refused by its shape (more than 3 digits before the point, more than 1 after
     * it once trailing zeros are gone), and a refusal quotes at most {@value #QUOTED} characters of it.
     */
    public static WorkingDays of(BigDecimal days) {
        if (days == null) {
            throw new AllowanceOutOfRange("nothing");
        }
        BigDecimal stripped = days.signum() == 0 ? BigDecimal.ZERO : days.stripTrailingZeros();
        if (stripped.precision() - stripped.scale() > 3 || stripped.scale() > 1) {
            throw new AllowanceOutOfRange(quote(days));
        }
        if (stripped.signum() < 0 || stripped.compareTo(BigDecimal.valueOf(MAX_DAYS)) > 0) {
            throw new AllowanceOutOfRange(quote(days));
        }
        try {
            return WorkingDays.of(stripped);
        } catch (InvalidValue | ArithmeticException notHalfDays) {
            throw new AllowanceOutOfRange(quote(days));
        }
    }

    static final int QUOTED = 20;

    /** The number as sent (scientific notation for extreme exponents), cut to a few characters. */
    private static String quote(BigDecimal days) {
        String text = days.toString();
        return text.length() <= QUOTED ? text : text.substring(0, QUOTED) + "…";
    }

    /**
     * The rule for changing a year's allowance: never below the leave already booked in that year (used by
     * approved requests and reserved by pending ones). {@code withNewAllowance} is the year's balance
     * computed with the allowance asked for.
     */
    public static LeaveBalance requireCoversBookedLeave(LeaveBalance withNewAllowance) {
        if (!withNewAllowance.covers(WorkingDays.NONE)) {
            throw new AllowanceBelowBookedLeave(withNewAllowance.employeeId(), withNewAllowance.year(),
                    withNewAllowance.used().plus(withNewAllowance.reserved()), withNewAllowance.allowance());
        }
        return withNewAllowance;
    }

    /** Refuses an allowance above the bound. */
    public static WorkingDays check(WorkingDays allowance) {
        if (allowance == null || allowance.compareTo(WorkingDays.of(MAX_DAYS)) > 0) {
            throw new AllowanceOutOfRange(String.valueOf(allowance));
        }
        return allowance;
    }
}
