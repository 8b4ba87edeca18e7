package org.leavenotify.domain.organisation;

import java.nio.charset.StandardCharsets;

/**
 * What a new password must be: at least 10 characters, and at most 72 bytes in UTF-8 (what BCrypt
 * reads). Existing passwords are not checked again (the demo users keep {@code demo}).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Returns the password when it may be used, refuses it otherwise. */
    public static String check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new PasswordTooShort();
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new PasswordTooLong();
        }
        return password;
    }
}
