package org.leavenotify.domain.archfixture;

import java.time.Instant;

/** A deliberate violation: domain code reading the system clock. */
public class DomainReadingTheClock {

    public Instant now() {
        return Instant.now();
    }
}
