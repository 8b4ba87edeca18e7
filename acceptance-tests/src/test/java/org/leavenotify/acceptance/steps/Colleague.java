package org.leavenotify.acceptance.steps;

/**
 * People HR takes on during a scenario (they are not in the demo organisation). Their username is also
 * their id, and Hana gives each of them the same first password.
 */
public enum Colleague {
    DAN("dan", "Dan Doyle"),
    ERIN("erin", "Erin Eve"),
    FINN("finn", "Finn Fox"),
    GUS("gus", "Gus Gray");

    /** The password Hana gives the people she takes on. */
    public static final String FIRST_PASSWORD = "a first password";

    private final String username;
    private final String displayName;

    Colleague(String username, String displayName) {
        this.username = username;
        this.displayName = displayName;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public static Colleague named(String name) {
        return valueOf(name.toUpperCase());
    }
}
