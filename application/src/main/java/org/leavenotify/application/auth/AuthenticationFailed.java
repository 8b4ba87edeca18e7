package org.leavenotify.application.auth;

import java.time.Duration;
import java.util.Optional;

/**
 * A credential or token was not accepted. The reason is for logs and for telling a client which token
 * problem it has; a login failure always says {@link Reason#BAD_CREDENTIALS}, whatever the cause.
 */
public class AuthenticationFailed extends RuntimeException {

    public enum Reason {
        BAD_CREDENTIALS("wrong username or password"),
        LOCKED("too many failed attempts; try again later"),
        TOO_MANY_FAILURES_FROM_ADDRESS("too many failed attempts from your address; try again later"),
        MISSING_TOKEN("no bearer token"),
        MALFORMED_TOKEN("the token is malformed"),
        UNSIGNED_TOKEN("the token is not signed"),
        BAD_SIGNATURE("the token signature is not valid"),
        EXPIRED_TOKEN("the token has expired"),
        NOT_YET_VALID_TOKEN("the token is not valid yet"),
        LIFETIME_TOO_LONG("the token lives longer than this server issues tokens for"),
        WRONG_ISSUER("the token was issued by someone else"),
        WRONG_AUDIENCE("the token is meant for another audience"),
        INACTIVE_USER("the account is not active"),
        REVOKED_TOKEN("the token was revoked (a password or role change, or a deactivation); sign in again"),
        MISSING_REFRESH_TOKEN("no refresh token; sign in"),
        UNKNOWN_REFRESH_TOKEN("the refresh token is not known (never issued, or expired long ago); sign in again"),
        EXPIRED_REFRESH_TOKEN("the session ended after a long time without use; sign in again"),
        REUSED_REFRESH_TOKEN("the refresh token was used twice, as happens when it is stolen: every session of "
                + "this sign-in is ended; sign in again"),
        PASSWORD_CHANGE_REQUIRED("this password was set for a first sign-in: sign in again with a new password of "
                + "your own (newPassword)"),
        SESSION_ENDED("this session was ended (signed out, or its refresh token was used twice); sign in again");

        private final String description;

        Reason(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final Reason reason;
    private final Duration retryAfter;

    public AuthenticationFailed(Reason reason) {
        super(reason.description());
        this.reason = reason;
        this.retryAfter = null;
    }

    public AuthenticationFailed(Reason reason, Throwable cause) {
        super(reason.description(), cause);
        this.reason = reason;
        this.retryAfter = null;
    }

    /** A refusal that ends by itself after {@code retryAfter} (a locked username, a throttled address). */
    public AuthenticationFailed(Reason reason, Duration retryAfter) {
        super(reason.description());
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** How long until trying again can succeed, when that is known (a locked username). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
