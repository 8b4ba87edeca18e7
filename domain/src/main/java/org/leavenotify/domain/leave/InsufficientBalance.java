package org.leavenotify.domain.leave;

import java.math.BigDecimal;

import org.leavenotify.domain.shared.DomainRefusal;

/** Refused: annual leave cannot exceed what is left of the allowance (pending requests reserve their days). */
public class InsufficientBalance extends DomainRefusal {

    public InsufficientBalance(WorkingDays requested, BigDecimal remaining, int year) {
        super(Kind.BUSINESS_RULE, "not enough annual leave left in " + year + ": " + requested + " days asked, " + remaining.stripTrailingZeros().toPlainString()
                + " remaining");
    }
}
