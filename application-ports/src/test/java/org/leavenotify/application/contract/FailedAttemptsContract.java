package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.auth.port.out.FailedAttemptsPort;

/** What every {@link FailedAttemptsPort} must do. */
public abstract class FailedAttemptsContract {

    private static final Instant START = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant END = START.plusSeconds(300);

    private FailedAttemptsPort attempts;

    /** The adapter under test, holding no failures. */
    protected abstract FailedAttemptsPort emptyAttempts();

    @BeforeEach
    void startEmpty() {
        attempts = emptyAttempts();
    }

    @Test
    void eachFailureIsCountedInItsWindowAndTheCountIsReturned() {
        assertThat(attempts.recordFailure("login|alice|10.0.0.1", START, END)).isEqualTo(1);
        assertThat(attempts.recordFailure("login|alice|10.0.0.1", START, END)).isEqualTo(2);

        assertThat(attempts.failures("login|alice|10.0.0.1", START)).isEqualTo(2);
    }

    @Test
    void keysAndWindowsAreCountedApart() {
        attempts.recordFailure("login|alice|10.0.0.1", START, END);
        attempts.recordFailure("login|alice|10.0.0.2", START, END);
        attempts.recordFailure("login|alice|10.0.0.1", END, END.plusSeconds(300));

        assertThat(attempts.failures("login|alice|10.0.0.1", START)).isEqualTo(1);
        assertThat(attempts.failures("login|alice|10.0.0.2", START)).isEqualTo(1);
        assertThat(attempts.failures("login|alice|10.0.0.1", END)).isEqualTo(1);
        assertThat(attempts.failures("login|bob|10.0.0.1", START)).isZero();
    }

    @Test
    void forgettingClearsOneWindowOfOneKey() {
        attempts.recordFailure("login|alice|10.0.0.1", START, END);
        attempts.recordFailure("address|10.0.0.1", START, END);

        attempts.forget("login|alice|10.0.0.1", START);

        assertThat(attempts.failures("login|alice|10.0.0.1", START)).isZero();
        assertThat(attempts.failures("address|10.0.0.1", START)).isEqualTo(1);
        assertThat(attempts.recordFailure("login|alice|10.0.0.1", START, END)).isEqualTo(1);
    }

    @Test
    void endedWindowsAreRemovedAndOthersKept() {
        attempts.recordFailure("a", START, END);
        attempts.recordFailure("b", START, END);
        attempts.recordFailure("a", END, END.plusSeconds(300));

        assertThat(attempts.removeEndedBy(END)).isEqualTo(2);

        assertThat(attempts.failures("a", START)).isZero();
        assertThat(attempts.failures("a", END)).isEqualTo(1);
    }

    @Test
    void keysMayHoldAnyCharacterAClientCanSend() {
        String key = "login|$where: 1; {\"$ne\": null}.ünïcode|::1";

        attempts.recordFailure(key, START, END);

        assertThat(attempts.failures(key, START)).isEqualTo(1);
    }

    @Test
    void failuresCountedAtOnceFromManyThreadsAreAllCounted() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> failures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                failures.add(() -> attempts.recordFailure("address|10.0.0.9", START, END));
            }
            List<Integer> counts = new ArrayList<>();
            for (Future<Integer> count : threads.invokeAll(failures)) {
                counts.add(count.get());
            }

            assertThat(attempts.failures("address|10.0.0.9", START)).isEqualTo(200);
            assertThat(counts).doesNotHaveDuplicates().hasSize(200);
        } finally {
            threads.shutdownNow();
        }
    }
}
