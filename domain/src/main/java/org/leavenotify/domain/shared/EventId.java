package org.leavenotify.domain.shared;

/** Identifies one domain event; notifications derive their de-duplication key from it. */
public record EventId(String value) {

    public EventId {
        Require.text(value, "event id");
    }

    @Override
    public String toString() {
        return value;
    }
}
