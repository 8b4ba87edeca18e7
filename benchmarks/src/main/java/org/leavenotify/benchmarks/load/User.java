package org.leavenotify.benchmarks.load;

/** A seeded employee: username (also the employee id), manager (null for managers), bearer token. */
final class User {

    final String username;
    final String managerUsername;
    final boolean manager;
    volatile String token;

    User(String username, String managerUsername, boolean manager) {
        this.username = username;
        this.managerUsername = managerUsername;
        this.manager = manager;
    }

    @Override
    public String toString() {
        return username;
    }
}
