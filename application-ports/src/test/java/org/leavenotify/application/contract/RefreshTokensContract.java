package org.leavenotify.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leavenotify.application.auth.StoredRefreshToken;
import org.leavenotify.application.auth.port.out.RefreshTokensPort;
import org.leavenotify.domain.organisation.EmployeeId;

/** What every {@link RefreshTokensPort} must do. */
public abstract class RefreshTokensContract {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    private static final Instant IDLE_END = NOW.plusSeconds(3600);
    private static final Instant FAMILY_END = NOW.plusSeconds(86_400);
    private static final EmployeeId ALICE = new EmployeeId("alice");

    private RefreshTokensPort tokens;

    /** The adapter under test, holding no tokens and no ended families. */
    protected abstract RefreshTokensPort emptyTokens();

    @BeforeEach
    void startEmpty() {
        tokens = emptyTokens();
    }

    private static StoredRefreshToken token(String digest, String family, Instant expiresAt) {
        return new StoredRefreshToken(digest, family, ALICE, 3, expiresAt, FAMILY_END, false);
    }

    @Test
    void aSavedTokenIsFoundByItsDigestUnusedAndWhole() {
        tokens.save(token("d1", "f1", IDLE_END));

        assertThat(tokens.find("d1")).hasValue(token("d1", "f1", IDLE_END));
        assertThat(tokens.find("d2")).isEmpty();
    }

    @Test
    void aTokenIsMarkedUsedOnceAndStaysUsed() {
        tokens.save(token("d1", "f1", IDLE_END));

        assertThat(tokens.markUsed("d1")).isTrue();
        assertThat(tokens.markUsed("d1")).isFalse();
        assertThat(tokens.find("d1")).hasValueSatisfying(found -> assertThat(found.used()).isTrue());
        assertThat(tokens.markUsed("unknown")).isFalse();
    }

    @Test
    void aStoredTokenIsNeverReplacedSoItsUseCannotBeUndone() {
        tokens.save(token("d1", "f1", IDLE_END));
        tokens.markUsed("d1");

        assertThatThrownBy(() -> tokens.save(token("d1", "f1", IDLE_END))).isInstanceOf(RuntimeException.class);

        assertThat(tokens.find("d1")).hasValueSatisfying(found -> assertThat(found.used()).isTrue());
    }

    @Test
    void ofManyUsesAtOnceExactlyOneMarksTheToken() throws Exception {
        tokens.save(token("d1", "f1", IDLE_END));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> uses = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                uses.add(() -> tokens.markUsed("d1"));
            }
            int marked = 0;
            for (Future<Boolean> use : threads.invokeAll(uses)) {
                marked += use.get() ? 1 : 0;
            }

            assertThat(marked).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void anEndedFamilyStaysEndedAlsoForTokensStoredAfterwards() {
        tokens.save(token("d1", "f1", IDLE_END));

        tokens.endFamily("f1", FAMILY_END);
        tokens.endFamily("f1", FAMILY_END);
        tokens.save(token("d2", "f1", IDLE_END));

        assertThat(tokens.familyEnded("f1")).isTrue();
        assertThat(tokens.familyEnded("f2")).isFalse();
        assertThat(tokens.find("d2")).isPresent();
    }

    @Test
    void expiredTokensAndEndedFamiliesAreRemovedAndOthersKept() {
        tokens.save(token("old", "f1", NOW));
        tokens.save(token("current", "f1", IDLE_END));
        tokens.endFamily("f-ended-long-ago", NOW);
        tokens.endFamily("f-ended", FAMILY_END);

        assertThat(tokens.removeExpiredBy(NOW)).isEqualTo(2);

        assertThat(tokens.find("old")).isEmpty();
        assertThat(tokens.find("current")).isPresent();
        assertThat(tokens.familyEnded("f-ended-long-ago")).isFalse();
        assertThat(tokens.familyEnded("f-ended")).isTrue();
    }
}
