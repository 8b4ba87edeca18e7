package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.InvalidValue;

/** Refused: the new password is the current one. */
public class PasswordUnchanged extends InvalidValue {

    public PasswordUnchanged() {
        super("the new password is the current one; choose another");
    }
}
