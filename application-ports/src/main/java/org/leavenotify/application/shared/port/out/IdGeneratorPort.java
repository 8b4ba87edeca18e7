package org.leavenotify.application.shared.port.out;

/**
 * Gives new identifiers: 24 lower-case hex characters that sort in the order they were given, within
 * one node. Leave requests, events and notifications all take their ids from here.
 */
public interface IdGeneratorPort {

    String nextId();
}
