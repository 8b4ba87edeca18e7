package org.leavenotify.application.archfixture.port.out;

/** A deliberate violation: an outgoing port that is a class and not named ...Port. */
public class LeaveStore {
}
