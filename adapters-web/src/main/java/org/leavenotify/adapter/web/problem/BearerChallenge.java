package org.leavenotify.adapter.web.problem;

/** The {@code WWW-Authenticate} value sent with every 401 (RFC 6750, section 3). */
public final class BearerChallenge {

    public static final String REALM = "leave-notify";

    private BearerChallenge() {
    }

    /** No credentials were given, or a login failed. */
    public static String plain() {
        return "Bearer realm=\"" + REALM + "\"";
    }

    /** A token was given and refused; {@code description} says why (no quotes or backslashes in it). */
    public static String invalidToken(String description) {
        return plain() + ", error=\"invalid_token\", error_description=\""
                + description.replace("\"", "'").replace("\\", "/") + "\"";
    }
}
