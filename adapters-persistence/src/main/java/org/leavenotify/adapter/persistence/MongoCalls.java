package org.leavenotify.adapter.persistence;

import java.util.function.Supplier;

import org.leavenotify.application.shared.StoreUnavailable;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;

import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoOperationTimeoutException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * The adapters' boundary towards the store: every call goes through here, so that "the store cannot be
 * reached" leaves the adapter as the application's {@link StoreUnavailable} (answered with 503) and never
 * as a driver or Spring exception. Anything else (a duplicate key, a bug) passes through unchanged.
 */
public final class MongoCalls {

    private MongoCalls() {
    }

    /** Runs one store operation; {@code what} names it for the message ("saving leave request lr-1"). */
    public static <T> T call(String what, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (RuntimeException e) {
            if (isUnreachable(e)) {
                throw new StoreUnavailable("The store is unavailable while " + what, e);
            }
            throw e;
        }
    }

    public static void run(String what, Runnable operation) {
        call(what, () -> {
            operation.run();
            return null;
        });
    }

    /** True when the failure says the store could not be reached or did not answer in time. */
    static boolean isUnreachable(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause(), depth++) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof TransientDataAccessResourceException
                    || cause instanceof MongoTimeoutException
                    || cause instanceof MongoSocketException
                    || cause instanceof MongoOperationTimeoutException
                    || cause instanceof MongoExecutionTimeoutException
                    || cause instanceof MongoNotPrimaryException
                    || cause instanceof MongoNodeIsRecoveringException) {
                return true;
            }
        }
        return false;
    }
}
