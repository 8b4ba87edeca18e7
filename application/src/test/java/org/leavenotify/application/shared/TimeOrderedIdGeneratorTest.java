package org.leavenotify.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.leavenotify.application.MutableClock;
import org.leavenotify.domain.notification.NotificationId;

class TimeOrderedIdGeneratorTest {

    @Test
    void idsStrictlyIncreaseWithinTheSameMillisecond() {
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(new MutableClock(Instant.parse("2026-11-26T10:00:00Z")), 7);
        List<String> given = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            given.add(ids.nextId());
        }

        assertThat(given).isSorted().doesNotHaveDuplicates();
        assertThat(given).allSatisfy(id -> assertThat(NotificationId.isWellFormed(id)).isTrue());
    }

    @Test
    void idsKeepIncreasingWhenTheClockStepsBack() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
        TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock, 7);
        String before = ids.nextId();

        clock.advance(Duration.ofSeconds(-5));

        assertThat(ids.nextId()).isGreaterThan(before);
    }
}
