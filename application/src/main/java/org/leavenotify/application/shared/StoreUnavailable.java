package org.leavenotify.application.shared;

/**
 * Thrown by a storage adapter when its store cannot be reached. A technical failure, not a refusal:
 * callers are told to try again later and nothing has been half applied.
 */
public class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
