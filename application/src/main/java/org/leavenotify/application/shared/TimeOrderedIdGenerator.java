package org.leavenotify.application.shared;

import java.security.SecureRandom;
import java.time.Clock;

import org.leavenotify.application.shared.port.out.IdGeneratorPort;

/**
 * Ids made of the time in milliseconds (12 hex digits), a counter (8 hex digits) and a random node
 * tag (4 hex digits). Ids given by one generator strictly increase even if the clock steps back: the
 * generator then keeps counting from the last time it saw.
 */
public final class TimeOrderedIdGenerator implements IdGeneratorPort {

    private final Clock clock;
    private final int nodeTag;
    private long lastMillis;
    private long counter;

    public TimeOrderedIdGenerator(Clock clock) {
        this(clock, new SecureRandom().nextInt(0x10000));
    }

    public TimeOrderedIdGenerator(Clock clock, int nodeTag) {
        this.clock = clock;
        this.nodeTag = nodeTag & 0xFFFF;
    }

    @Override
    public synchronized String nextId() {
        long now = clock.millis();
        if (now > lastMillis) {
            lastMillis = now;
            counter = 0;
        } else {
            counter++;
            if (counter > 0xFFFF_FFFFL) {
                lastMillis++;
                counter = 0;
            }
        }
        return String.format("%012x%08x%04x", lastMillis, counter, nodeTag);
    }
}
