package org.leavenotify.bootstrap.abuse;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.leavenotify.bootstrap.reliability.Api;
import org.leavenotify.testsupport.StompFrame;
import org.leavenotify.testsupport.StompFrameClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bob's session, open throughout an abuse test: every so often Alice asks for a day off and Bob must be
 * told, however the abuse is going. Records each delivery's time from Alice's answer to Bob's frame.
 */
final class Canary implements AutoCloseable {

    /** Mondays from this many weeks ahead on, one per check: nobody else's tests use Mondays. */
    private static final AtomicInteger NEXT_WEEK = new AtomicInteger(1);

    private final Api api;
    private final String alice;
    private final StompFrameClient bob;
    private final List<String> requested = new ArrayList<>();
    private final List<Long> latenciesMicros = new ArrayList<>();

    Canary(Api api, int port) {
        this.api = api;
        this.alice = api.logIn("alice");
        this.bob = StompFrameClient.connect(api.http(), port, api.logIn("bob"));
        bob.subscribe("canary", "/user/queue/notifications");
    }

    /** Alice asks for a day; Bob's session receives the notification about it. */
    void check() {
        LocalDate monday = LocalDate.now(ZoneOffset.UTC).plusWeeks(NEXT_WEEK.getAndIncrement())
                .with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        String requestId = api.askForADay(alice, monday);
        long asked = System.nanoTime();
        StompFrame told = bob.next(frame -> frame.command().equals("MESSAGE") && frame.body().contains(requestId));
        latenciesMicros.add(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - asked));
        assertThat(told.body()).contains("\"recipientId\":\"bob\"");
        requested.add(requestId);
    }

    /** The ids of Alice's requests made by the canary: no other user's answer may ever contain one. */
    List<String> requestIds() {
        return requested;
    }

    int checks() {
        return latenciesMicros.size();
    }

    long maxLatencyMicros() {
        return latenciesMicros.stream().mapToLong(Long::longValue).max().orElse(0);
    }

    @Override
    public void close() {
        assertThat(bob.isOpen()).as("the canary session stayed open").isTrue();
        bob.close();
    }
}
