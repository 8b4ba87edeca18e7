package org.leavenotify.domain.archfixture;

import java.time.Instant;

/** A deliberate violation: domain code reading the system clock another way. */
public class DomainAskingForTheDefaultZoneClock {

    public Instant now() {
        return java.time.Clock.systemDefaultZone().instant();
    }
}
