package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.auth.port.out.SessionGenerationsPort;
import org.leavenotify.domain.leave.Employees;

/** What every {@link SessionGenerationsPort} must do. */
public abstract class SessionGenerationsContract {

    private SessionGenerationsPort generations;

    /** The adapter under test, holding no generations. */
    protected abstract SessionGenerationsPort emptyGenerations();

    @BeforeEach
    void startEmpty() {
        generations = emptyGenerations();
    }

    @Test
    void everyoneStartsAtGenerationZero() {
        assertThat(generations.current(Employees.ALICE)).isZero();
    }

    @Test
    void endingSessionsMovesThatPersonsGenerationOnByOne() {
        assertThat(generations.endSessions(Employees.ALICE)).isEqualTo(1);
        assertThat(generations.endSessions(Employees.ALICE)).isEqualTo(2);

        assertThat(generations.current(Employees.ALICE)).isEqualTo(2);
        assertThat(generations.current(Employees.BOB)).isZero();
    }

    @Test
    void endingsAtOnceFromManyThreadsAreAllCounted() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Long>> endings = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                endings.add(() -> generations.endSessions(Employees.BOB));
            }
            List<Long> results = new ArrayList<>();
            for (Future<Long> result : threads.invokeAll(endings)) {
                results.add(result.get());
            }

            assertThat(generations.current(Employees.BOB)).isEqualTo(100);
            assertThat(results).doesNotHaveDuplicates();
        } finally {
            threads.shutdownNow();
        }
    }
}
