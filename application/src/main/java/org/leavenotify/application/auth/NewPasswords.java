package org.leavenotify.application.auth;

import java.util.ArrayList;
import java.util.List;

import org.leavenotify.application.auth.port.out.PasswordHasherPort;
import org.leavenotify.application.auth.port.out.PasswordStrengthPort;
import org.leavenotify.domain.organisation.PasswordPolicy;
import org.leavenotify.domain.organisation.PasswordUnchanged;

/**
 * The rules every new password meets, wherever it is set (a change, an HR reset, a new employee, an
 * import): the domain's length rules, then hard to guess given the person's username and name and the
 * product's name, and for a change, not the current password.
 */
public final class NewPasswords {

    /** Words any guesser of a password of this product knows. */
    static final List<String> PRODUCT_WORDS = List.of("leave", "notify", "leavenotify", "leave-notify", "holiday");

    private final PasswordStrengthPort strength;

    public NewPasswords(PasswordStrengthPort strength) {
        this.strength = strength;
    }

    /** Returns the password when it may be used by the person named; refuses it otherwise. */
    public String check(String password, String username, String displayName) {
        PasswordPolicy.check(password);
        List<String> context = new ArrayList<>(PRODUCT_WORDS);
        for (String known : new String[] {username, displayName}) {
            if (known != null && !known.isBlank()) {
                context.add(known);
                context.addAll(List.of(known.split("[\\s._@-]+")));
            }
        }
        strength.requireHardToGuess(password, context);
        return password;
    }

    /** As {@link #check}, and refused when it is the current password ({@code currentHash}, if any). */
    public String checkChange(String password, String username, String displayName, String currentHash,
                              PasswordHasherPort hasher) {
        check(password, username, displayName);
        if (currentHash != null && hasher.matches(password, currentHash)) {
            throw new PasswordUnchanged();
        }
        return password;
    }
}
