package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.InvalidValue;

/**
 * Refused: a new password that is easy to guess (NIST SP 800-63B 5.1.1.2): a common or breached one, a
 * keyboard or repeated pattern, or one made of the person's own name or username or the product's name.
 */
public class PasswordTooWeak extends InvalidValue {

    public PasswordTooWeak(String why) {
        super("this password is too easy to guess" + (why == null || why.isBlank() ? "" : ": " + why)
                + "; a few unrelated words make a strong one");
    }
}
