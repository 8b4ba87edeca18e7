package org.leavenotify.domain.organisation;

import org.leavenotify.domain.shared.InvalidValue;

/** Refused: a username is 2 to 64 lower-case letters, digits, dots, dashes or underscores. */
public class InvalidUsername extends InvalidValue {

    public InvalidUsername(String username) {
        super("'" + abbreviate(username) + "' is not a valid username: use 2 to 64 lower-case letters, digits, "
                + "'.', '-' or '_', starting with a letter or digit");
    }

    private static String abbreviate(String value) {
        return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
