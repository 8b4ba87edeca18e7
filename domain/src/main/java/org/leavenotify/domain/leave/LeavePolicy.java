package org.leavenotify.domain.leave;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.leavenotify.domain.shared.InvalidValue;
import org.leavenotify.domain.shared.Require;

/**
 * The organisation's settings for leave rules.
 *
 * @param zone               the time zone in which "today" is decided
 * @param sickBackdatingDays how many days in the past sick leave may start
 */
public record LeavePolicy(ZoneId zone, int sickBackdatingDays) {

    public static final LeavePolicy DEFAULT = new LeavePolicy(ZoneId.of("UTC"), 14);

    public LeavePolicy {
        Require.present(zone, "zone");
        if (sickBackdatingDays < 0) {
            throw new InvalidValue("sick leave backdating cannot be negative");
        }
    }

    public LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, zone);
    }

    /** The earliest start date allowed today for this type of leave. */
    public LocalDate earliestStart(LeaveType type, Instant now) {
        LocalDate today = today(now);
        return type == LeaveType.SICK ? today.minusDays(sickBackdatingDays) : today;
    }
}
