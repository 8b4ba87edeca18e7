package org.leavenotify.application.shared;

/**
 * Thrown by a store when the thing being saved was changed by someone else since it was read. The use
 * cases read again and retry; callers only see it if the contention persists.
 */
public class ConcurrentUpdate extends RuntimeException {

    public ConcurrentUpdate(String message) {
        super(message);
    }
}
