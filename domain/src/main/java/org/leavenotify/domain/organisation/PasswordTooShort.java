package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.InvalidValue;

/** Refused: a new password must have at least {@link PasswordPolicy#MIN_LENGTH} characters. */
public class PasswordTooShort extends InvalidValue {

    public PasswordTooShort() {
        super("a password must have at least " + PasswordPolicy.MIN_LENGTH + " characters");
    }
}
