package org.leavenotify.domain.archfixture;

import java.time.Instant;

/** A deliberate violation: domain code reading the system clock another way. */
public class DomainReadingLocalTimeNow {

    public Instant now() {
        return java.time.LocalTime.now().atDate(java.time.LocalDate.EPOCH).toInstant(java.time.ZoneOffset.UTC);
    }
}
