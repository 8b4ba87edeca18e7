package org.leavenotify.domain.leave;

import org.leavenotify.domain.shared.InvalidValue;

/**
 * How long a request may wait for its decision before someone is chased: after
 * {@code remindAfterWorkingDays} working days its decider is reminded, after
 * {@code escalateAfterWorkingDays} it goes up to the decider's own manager (or HR where there is none).
 * Working days are counted from the day after the request was submitted, weekends and public holidays
 * left out, so a request sent on a Friday has waited one working day on Monday evening.
 */
public record FollowUpPolicy(int remindAfterWorkingDays, int escalateAfterWorkingDays) {

    /** Remind after two working days, escalate after five: a working week without an answer. */
    public static final FollowUpPolicy DEFAULT = new FollowUpPolicy(2, 5);

    public FollowUpPolicy {
        if (remindAfterWorkingDays < 1) {
            throw new InvalidValue("remind after working days must be at least 1, not " + remindAfterWorkingDays);
        }
        if (escalateAfterWorkingDays <= remindAfterWorkingDays) {
            throw new InvalidValue("escalate after working days (" + escalateAfterWorkingDays
                    + ") must be more than remind after working days (" + remindAfterWorkingDays + ")");
        }
    }
}
