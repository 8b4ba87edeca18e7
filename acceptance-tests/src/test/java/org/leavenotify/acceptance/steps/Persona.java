package org.leavenotify.acceptance.steps;

import java.util.List;

/**
 * The people of the feature files: the demo organisation's (Alice, Carol, Bob, Hana) and those Hana takes
 * on during a scenario (Dan, Erin, Finn, Gus). Everyone's username is also their id.
 */
public enum Persona {
    ALICE("alice", "Alice Archer", true),
    CAROL("carol", "Carol Chen", true),
    BOB("bob", "Bob Baker", true),
    HANA("hana", "Hana Hughes", true),
    DAN("dan", "Dan Doyle", false),
    ERIN("erin", "Erin Eve", false),
    FINN("finn", "Finn Fox", false),
    GUS("gus", "Gus Gray", false);

    /** The demo organisation's password. */
    public static final String DEMO_PASSWORD = "demo";
    /** The password Hana gives the people she takes on. */
    public static final String FIRST_PASSWORD = "a first password";

    private final String username;
    private final String displayName;
    private final boolean inTheDemo;

    Persona(String username, String displayName, boolean inTheDemo) {
        this.username = username;
        this.displayName = displayName;
        this.inTheDemo = inTheDemo;
    }

    public String id() {
        return username;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    /** The password they sign in with until they change it: the demo's, or the one Hana gave them. */
    public String password() {
        return inTheDemo ? DEMO_PASSWORD : FIRST_PASSWORD;
    }

    /** The people of the demo organisation, there in every scenario. */
    public static List<Persona> demo() {
        return List.of(ALICE, CAROL, BOB, HANA);
    }

    public static Persona named(String name) {
        return valueOf(name.toUpperCase());
    }
}
