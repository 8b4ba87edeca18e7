package org.leavenotify.adapter.web.security;

/**
 * The configured JWT secret cannot be used (missing under the {@code prod} profile, not base64, or
 * shorter than 256 bits). Start-up stops; {@link JwtSecretFailureAnalyzer} tells the operator what to set.
 */
public class JwtSecretRejected extends IllegalStateException {

    static final String HOW_TO_FIX = "Set the environment variable JWT_SECRET (property leavenotify.jwt.secret) to a "
            + "base64-encoded random key of at least 256 bits, for example: export JWT_SECRET=$(openssl rand -base64 32)";

    JwtSecretRejected(String problem) {
        super(problem + ". " + HOW_TO_FIX);
    }

    /** What is wrong, without the advice. */
    String problem() {
        String message = getMessage();
        return message.substring(0, message.length() - HOW_TO_FIX.length() - 2);
    }
}
