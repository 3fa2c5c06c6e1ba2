package dev.triage.orchestrator.investigation;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wakes the readers of progress when this process records some. A version number, not a queue: a reader notes the
 * version, reads the store, and waits only if nothing was recorded since, so no event is missed between the two.
 * Events written by another replica are seen when the wait times out and the reader looks again.
 */
final class EventSignals {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private long version;

    long version() {
        lock.lock();
        try {
            return version;
        } finally {
            lock.unlock();
        }
    }

    void signal() {
        lock.lock();
        try {
            version++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Returns when the version moves past {@code seen} or {@code max} has passed. */
    void awaitChange(long seen, Duration max) throws InterruptedException {
        lock.lock();
        try {
            long nanos = max.toNanos();
            while (version == seen && nanos > 0) {
                nanos = changed.awaitNanos(nanos);
            }
        } finally {
            lock.unlock();
        }
    }
}
