package org.leavenotify.domain.notification;

import java.util.regex.Pattern;

import org.leavenotify.domain.shared.InvalidValue;

/**
 * Identifies a notification. Ids are 24 lower-case hex characters given by the store: they encode the
 * notification's {@link FeedPosition} in its recipient's feed, so within one feed they sort in the order
 * the notifications became visible and a client holding the newest id it has seen can ask for exactly
 * what came after it. Clients treat them as opaque.
 */
public record NotificationId(String value) implements Comparable<NotificationId> {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{24}");

    public NotificationId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new MalformedNotificationId(value);
        }
    }

    /** True when {@code text} has the form of a notification id. */
    public static boolean isWellFormed(String text) {
        return text != null && FORMAT.matcher(text).matches();
    }

    @Override
    public int compareTo(NotificationId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Refused: the text is not a notification id. */
    public static class MalformedNotificationId extends InvalidValue {
        public MalformedNotificationId(String value) {
            super("'" + abbreviate(value) + "' is not a notification id");
        }

        private static String abbreviate(String value) {
            return value == null ? "" : value.length() > 40 ? value.substring(0, 40) + "…" : value;
        }
    }
}
