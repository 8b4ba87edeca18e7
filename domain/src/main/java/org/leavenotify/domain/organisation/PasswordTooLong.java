package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.InvalidValue;

/** Refused: BCrypt reads only the first 72 bytes of a password, so a longer one is not accepted. */
public class PasswordTooLong extends InvalidValue {

    public PasswordTooLong() {
        super("a password may have at most " + PasswordPolicy.MAX_BYTES + " bytes (UTF-8)");
    }
}
