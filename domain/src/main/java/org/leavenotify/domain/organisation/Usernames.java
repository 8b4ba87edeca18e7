package org.leavenotify.domain.organisation;

import java.util.regex.Pattern;

/**
 * What a username looks like: 2 to 64 lower-case letters, digits, dots, dashes or underscores,
 * starting with a letter or digit. Lower case only, so that "Dan" and "dan" can never be two people.
 * A new employee's id is their username (as for the demo users), so ids stay readable in tokens and
 * logs; usernames never change and are never reused.
 */
public final class Usernames {

    private static final Pattern FORMAT = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private Usernames() {
    }

    public static String check(String username) {
        if (username == null || !FORMAT.matcher(username).matches()) {
            throw new InvalidUsername(username);
        }
        return username;
    }
}
