package org.leavenotify.application.shared;

import java.util.function.Supplier;

/** Runs a read-modify-write again when the store reports a concurrent update. */
public final class Retry {

    public static final int ATTEMPTS = 5;

    private Retry() {
    }

    public static <T> T onConcurrentUpdate(Supplier<T> action) {
        ConcurrentUpdate last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return action.get();
            } catch (ConcurrentUpdate e) {
                last = e;
            }
        }
        throw last;
    }
}
