package org.leavenotify.acceptance.steps;

/** The people of the feature files, as the demo organisation has them. */
public enum Persona {
    ALICE("alice", "Alice Archer"),
    CAROL("carol", "Carol Chen"),
    BOB("bob", "Bob Baker"),
    HANA("hana", "Hana Hughes");

    private final String username;
    private final String displayName;

    Persona(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
    }

    /** The demo users' ids are their usernames. */
    public String id() {
        return username;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public static Persona named(String name) {
        return valueOf(name.toUpperCase());
    }
}
