package org.leavenotify.application.auth;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.leavenotify.application.auth.port.out.PasswordStrengthPort;
import org.leavenotify.domain.organisation.PasswordTooWeak;

/**
 * A stand-in for the real estimator in the application's tests: refuses a few well-known passwords, one
 * character repeated, and passwords that contain a context word of four letters or more.
 */
public final class FakePasswordStrength implements PasswordStrengthPort {

    private static final Set<String> COMMON = Set.of("password12", "password123", "1234567890", "qwertyuiop");

    @Override
    public void requireHardToGuess(String password, List<String> contextWords) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.chars().distinct().count() == 1) {
            throw new PasswordTooWeak("this is a very common password");
        }
        for (String word : contextWords) {
            if (word.length() >= 4 && lower.contains(word.toLowerCase(Locale.ROOT))) {
                throw new PasswordTooWeak("it contains '" + word + "'");
            }
        }
    }
}
