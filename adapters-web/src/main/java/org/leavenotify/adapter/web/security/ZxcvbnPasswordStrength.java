package org.leavenotify.adapter.web.security;

import java.util.List;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import org.leavenotify.application.auth.port.out.PasswordStrengthPort;
import org.leavenotify.domain.organisation.PasswordTooWeak;

/**
 * How easy a password is to guess, by zxcvbn (Dropbox's estimator, the Java port by Nulab): dictionaries of
 * common and breached passwords, names and words, keyboard and repeated patterns, dates, l33t substitutions,
 * and the context words of the person. A password it scores below 3 of 4 ("safely unguessable: moderate
 * protection from an offline slow-hash attack", about 10^8 guesses) is refused with its warning. The
 * password is cut to its first 72 bytes' worth of characters first, as BCrypt reads no further.
 */
final class ZxcvbnPasswordStrength implements PasswordStrengthPort {

    static final int MIN_SCORE = 3;
    private static final int MAX_CHARACTERS = 72;

    private final Zxcvbn zxcvbn = new Zxcvbn();

    @Override
    public void requireHardToGuess(String password, List<String> contextWords) {
        String measured = password.length() > MAX_CHARACTERS ? password.substring(0, MAX_CHARACTERS) : password;
        Strength strength = zxcvbn.measure(measured, contextWords);
        if (strength.getScore() < MIN_SCORE) {
            String warning = strength.getFeedback().getWarning();
            throw new PasswordTooWeak(warning == null || warning.isBlank() ? "it is like many others" : warning
                    .replaceAll("\\.$", "").toLowerCase(java.util.Locale.ROOT));
        }
    }
}
