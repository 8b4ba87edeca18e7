package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.InvalidValue;

/** Refused: a yearly allowance is between 0 and 366 days, in whole or half days. */
public class AllowanceOutOfRange extends InvalidValue {

    public AllowanceOutOfRange(String allowance) {
        super("an annual allowance is 0 to " + Allowances.MAX_DAYS + " days, in whole or half days (got "
                + allowance + ")");
    }
}
