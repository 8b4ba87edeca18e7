package org.leavenotify.application.auth.port.out;

import java.util.List;

/**
 * Judges how easy a new password is to guess (NIST SP 800-63B 5.1.1.2: common and breached passwords,
 * repetitive or sequential characters, context-specific words). The length rules are the domain's
 * ({@code PasswordPolicy}); this is the rest.
 */
public interface PasswordStrengthPort {

    /**
     * Refuses with {@code PasswordTooWeak} a password that is easy to guess, counting {@code contextWords}
     * (the person's username and name, the product's name) as known to any guesser.
     */
    void requireHardToGuess(String password, List<String> contextWords);
}
