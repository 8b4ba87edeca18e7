package org.leavenotify.domain.shared;

/** Small guards used by value objects' compact constructors. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String name) {
        if (value == null) {
            throw new InvalidValue(name + " is required");
        }
        return value;
    }

    public static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new InvalidValue(name + " is required");
        }
        return value;
    }

    public static String textUpTo(String value, int maxLength, String name) {
        if (value != null && value.length() > maxLength) {
            throw new InvalidValue(name + " is longer than " + maxLength + " characters");
        }
        return value;
    }
}
