package org.leavenotify.application.auth.port.out;

import java.time.Instant;
import java.util.Optional;

import org.leavenotify.application.auth.StoredRefreshToken;

/**
 * Refresh tokens (../shared/CONTRACT.md, "Sessions"), kept where every node sees them. A token is stored
 * by a digest of its value, never the value. Each is used once: of two nodes using the same token at once,
 * exactly one succeeds ({@link #markUsed}), whatever their clocks say. A family (every token descended from
 * one sign-in) ends as a whole, and stays ended for the tokens of it still to be stored.
 */
public interface RefreshTokensPort {

    /** Stores a new, unused token: the first of a family or the successor of one being used. */
    void save(StoredRefreshToken token);

    /** The token stored under {@code digest}, used or not; empty if none is (never issued, or removed). */
    Optional<StoredRefreshToken> find(String digest);

    /**
     * Marks the token under {@code digest} used, atomically: {@code true} for the one call that did, {@code false}
     * if it was already used (or is unknown).
     */
    boolean markUsed(String digest);

    /**
     * Ends {@code family}: {@link #familyEnded} answers {@code true} from now on, at least until {@code keepUntil}
     * (after which no token of the family can be valid anyway). Ending it twice is harmless.
     */
    void endFamily(String family, Instant keepUntil);

    /** Whether {@code family} was ended. */
    boolean familyEnded(String family);

    /** Removes tokens and ended families that expired at or before {@code instant}; how many were removed. */
    int removeExpiredBy(Instant instant);
}
