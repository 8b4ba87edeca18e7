package org.leavenotify.application.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import org.leavenotify.application.auth.AuthenticationFailed.Reason;
import org.leavenotify.application.auth.port.in.ForgetExpiredSessionsUseCase;
import org.leavenotify.application.auth.port.in.LogInUseCase;
import org.leavenotify.application.auth.port.in.LogInUseCase.LogInCommand;
import org.leavenotify.application.auth.port.in.SessionUseCase;
import org.leavenotify.application.auth.port.out.AccessTokenPort;
import org.leavenotify.application.auth.port.out.RefreshTokensPort;
import org.leavenotify.application.auth.port.out.SessionGenerationsPort;
import org.leavenotify.application.leave.port.out.EmployeeDirectoryPort;
import org.leavenotify.domain.organisation.Employee;

/**
 * Signing in, renewing and signing out with refresh tokens. Every guarantee is in the store: a token is
 * used once ({@link RefreshTokensPort#markUsed}), an ended family stays ended, and the session generation
 * that revokes access tokens (a password or role change, a deactivation) revokes refresh tokens too, since
 * each one remembers the generation it was issued in.
 *
 * <p>Renewing stores the successor before marking the presented token used: if the store fails in between,
 * the presented token still works and the client may try again; if two renewals race, the one that loses
 * the mark is treated as the reuse it is and ends the family.
 */
public final class SessionService implements SessionUseCase, ForgetExpiredSessionsUseCase {

    private static final int TOKEN_BYTES = 32;
    private static final int FAMILY_BYTES = 16;

    private final LogInUseCase authentication;
    private final RefreshTokensPort refreshTokens;
    private final AccessTokenPort accessTokens;
    private final EmployeeDirectoryPort directory;
    private final SessionGenerationsPort generations;
    private final Lifetimes lifetimes;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /**
     * How long refresh tokens live.
     *
     * @param idle a refresh token not used within this ends the session
     * @param max  a family ends this long after its sign-in, however often it is renewed
     */
    public record Lifetimes(Duration idle, Duration max) {

        public Lifetimes {
            if (idle == null || idle.isNegative() || idle.isZero() || max == null || max.compareTo(idle) < 0) {
                throw new IllegalArgumentException("refresh lifetimes need 0 < idle <= max, not " + idle + ", " + max);
            }
        }
    }

    public SessionService(LogInUseCase authentication, RefreshTokensPort refreshTokens,
                          AccessTokenPort accessTokens, EmployeeDirectoryPort directory,
                          SessionGenerationsPort generations, Lifetimes lifetimes, Clock clock) {
        this.authentication = authentication;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.directory = directory;
        this.generations = generations;
        this.lifetimes = lifetimes;
        this.clock = clock;
    }

    @Override
    public SignedIn signIn(LogInCommand command) {
        Employee employee = authentication.checkCredentials(command);
        long generation = generations.current(employee.id());
        Instant now = clock.instant();
        String family = randomText(FAMILY_BYTES);
        RefreshToken refresh = store(family, employee, generation, now, now.plus(lifetimes.max()));
        return new SignedIn(accessTokens.issue(employee.id(), employee.roles(), generation), refresh);
    }

    @Override
    public SignedIn refresh(String refreshToken) {
        String digest = digestOf(refreshToken);
        StoredRefreshToken presented = refreshTokens.find(digest)
                .orElseThrow(() -> new AuthenticationFailed(Reason.UNKNOWN_REFRESH_TOKEN));
        if (presented.used()) {
            throw endFamily(presented, Reason.REUSED_REFRESH_TOKEN);
        }
        if (refreshTokens.familyEnded(presented.family())) {
            throw new AuthenticationFailed(Reason.SESSION_ENDED);
        }
        Instant now = clock.instant();
        if (!presented.expiresAt().isAfter(now)) {
            throw new AuthenticationFailed(Reason.EXPIRED_REFRESH_TOKEN);
        }
        Employee employee = directory.findById(presented.employee()).filter(Employee::active)
                .orElseThrow(() -> endFamily(presented, Reason.REVOKED_TOKEN));
        long generation = generations.current(employee.id());
        if (generation != presented.generation()) {
            throw endFamily(presented, Reason.REVOKED_TOKEN);
        }
        RefreshToken successor = store(presented.family(), employee, generation, now, presented.familyExpiresAt());
        if (!refreshTokens.markUsed(digest)) {
            throw endFamily(presented, Reason.REUSED_REFRESH_TOKEN);
        }
        return new SignedIn(accessTokens.issue(employee.id(), employee.roles(), generation), successor);
    }

    @Override
    public void signOut(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return;
        }
        refreshTokens.find(digestOf(refreshToken))
                .ifPresent(token -> refreshTokens.endFamily(token.family(), token.familyExpiresAt()));
    }

    @Override
    public int forgetExpired() {
        return refreshTokens.removeExpiredBy(clock.instant());
    }

    private RefreshToken store(String family, Employee employee, long generation, Instant now, Instant familyEnd) {
        Instant expiresAt = now.plus(lifetimes.idle());
        if (expiresAt.isAfter(familyEnd)) {
            expiresAt = familyEnd;
        }
        if (!expiresAt.isAfter(now)) {
            throw new AuthenticationFailed(Reason.EXPIRED_REFRESH_TOKEN);
        }
        String value = randomText(TOKEN_BYTES);
        refreshTokens.save(new StoredRefreshToken(digestOf(value), family, employee.id(), generation, expiresAt,
                familyEnd, false));
        return new RefreshToken(value, expiresAt);
    }

    private AuthenticationFailed endFamily(StoredRefreshToken token, Reason reason) {
        refreshTokens.endFamily(token.family(), token.familyExpiresAt());
        return new AuthenticationFailed(reason);
    }

    private String randomText(int bytes) {
        byte[] drawn = new byte[bytes];
        random.nextBytes(drawn);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(drawn);
    }

    /** The SHA-256 of the token's text: what the store keeps, so that a copy of the store signs nobody in. */
    static String digestOf(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new AuthenticationFailed(Reason.MISSING_REFRESH_TOKEN);
        }
        if (refreshToken.length() > 200) {
            throw new AuthenticationFailed(Reason.UNKNOWN_REFRESH_TOKEN);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(refreshToken.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every Java platform has SHA-256", missing);
        }
    }
}
