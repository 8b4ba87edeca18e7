package org.leavenotify.adapter.memory;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.leavenotify.application.auth.StoredRefreshToken;
import org.leavenotify.application.auth.port.out.RefreshTokensPort;

/** Refresh tokens in this process's memory: for the in-memory store (one node by definition) and tests. */
public final class InMemoryRefreshTokens implements RefreshTokensPort {

    private final Map<String, StoredRefreshToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, Instant> endedFamilies = new ConcurrentHashMap<>();

    @Override
    public void save(StoredRefreshToken token) {
        if (tokens.putIfAbsent(token.digest(), token) != null) {
            throw new IllegalStateException("a refresh token with this digest is already stored");
        }
    }

    @Override
    public Optional<StoredRefreshToken> find(String digest) {
        return Optional.ofNullable(tokens.get(digest));
    }

    @Override
    public boolean markUsed(String digest) {
        boolean[] marked = {false};
        tokens.computeIfPresent(digest, (key, token) -> {
            if (token.used()) {
                return token;
            }
            marked[0] = true;
            return new StoredRefreshToken(token.digest(), token.family(), token.employee(), token.generation(),
                    token.expiresAt(), token.familyExpiresAt(), true);
        });
        return marked[0];
    }

    @Override
    public void endFamily(String family, Instant keepUntil) {
        endedFamilies.merge(family, keepUntil, (kept, asked) -> kept.isAfter(asked) ? kept : asked);
    }

    @Override
    public boolean familyEnded(String family) {
        return endedFamilies.containsKey(family);
    }

    @Override
    public int removeExpiredBy(Instant instant) {
        int removed = 0;
        for (Map.Entry<String, StoredRefreshToken> token : tokens.entrySet()) {
            if (!token.getValue().expiresAt().isAfter(instant) && tokens.remove(token.getKey(), token.getValue())) {
                removed++;
            }
        }
        for (Map.Entry<String, Instant> family : endedFamilies.entrySet()) {
            if (!family.getValue().isAfter(instant) && endedFamilies.remove(family.getKey(), family.getValue())) {
                removed++;
            }
        }
        return removed;
    }
}
