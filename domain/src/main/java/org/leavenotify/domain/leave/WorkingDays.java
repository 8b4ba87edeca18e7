package org.leavenotify.domain.leave;

import java.math.BigDecimal;

import org.leavenotify.domain.shared.InvalidValue;

/** A number of working days, counted in half days so that half-day leave is exact. */
public record WorkingDays(int halfDays) implements Comparable<WorkingDays> {

    public static final WorkingDays NONE = new WorkingDays(0);

    public WorkingDays {
        if (halfDays < 0) {
            throw new InvalidValue("working days cannot be negative");
        }
    }

    public static WorkingDays of(int days) {
        return new WorkingDays(days * 2);
    }

    public static WorkingDays of(BigDecimal days) {
        BigDecimal doubled = days.multiply(BigDecimal.valueOf(2));
        if (doubled.stripTrailingZeros().scale() > 0) {
            throw new InvalidValue("working days are counted in whole or half days");
        }
        return new WorkingDays(doubled.intValueExact());
    }

    public WorkingDays plus(WorkingDays other) {
        return new WorkingDays(halfDays + other.halfDays);
    }

    /** The difference, which may be negative, as a decimal number of days. */
    public BigDecimal minusAsDecimal(WorkingDays other) {
        return BigDecimal.valueOf(halfDays - other.halfDays).divide(BigDecimal.valueOf(2));
    }

    public boolean isZero() {
        return halfDays == 0;
    }

    public BigDecimal asDecimal() {
        BigDecimal value = BigDecimal.valueOf(halfDays).divide(BigDecimal.valueOf(2));
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0) : value;
    }

    @Override
    public int compareTo(WorkingDays other) {
        return Integer.compare(halfDays, other.halfDays);
    }

    @Override
    public String toString() {
        return asDecimal().toPlainString();
    }
}
