package org.leavenotify.domain.archfixture;

import java.time.Instant;

/** A deliberate violation: domain code reading the system clock another way. */
public class DomainAskingForTheSystemClock {

    public Instant now() {
        return java.time.Clock.systemUTC().instant();
    }
}
