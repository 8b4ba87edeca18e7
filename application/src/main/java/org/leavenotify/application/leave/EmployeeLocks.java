package org.leavenotify.application.leave;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.leavenotify.domain.organisation.EmployeeId;

/** A fixed set of locks, one chosen per employee, to serialise one employee's submissions on a node. */
final class EmployeeLocks {

    private static final int STRIPES = 256;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    EmployeeLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    <T> T withLock(EmployeeId employee, Supplier<T> action) {
        ReentrantLock lock = locks[Math.floorMod(employee.hashCode(), STRIPES)];
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
