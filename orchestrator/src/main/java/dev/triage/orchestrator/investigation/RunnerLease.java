package dev.triage.orchestrator.investigation;

import dev.triage.orchestrator.store.InvestigationStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's claim on the investigations it runs. Replicas share the database, so a RUNNING row
 * may belong to a live process elsewhere: its runner heartbeats it, and only a row whose heartbeat is older than the
 * lease is treated as abandoned. Heartbeats go every sixth of the lease, so a few missed ones do not lose it.
 */
final class RunnerLease implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RunnerLease.class);

    private final UUID runner = UUID.randomUUID();
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final InvestigationStore store;
    private final Duration lease;
    private final ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(
            Thread.ofVirtual().name("investigation-lease").factory());

    /** Starts heartbeating, and runs {@code sweep} every half lease to fail what other runners abandoned. */
    RunnerLease(InvestigationStore store, Duration lease, Runnable sweep) {
        this.store = store;
        this.lease = lease;
        every(lease.dividedBy(6), "heartbeat", this::heartbeat);
        every(lease.dividedBy(2), "sweep for abandoned investigations", sweep);
    }

    UUID runner() {
        return runner;
    }

    Duration lease() {
        return lease;
    }

    void hold(String id) {
        held.add(id);
    }

    /** The investigation has ended here (or could not be stored): its row is no longer heartbeated. */
    void release(String id) {
        held.remove(id);
    }

    /** Stops heartbeating: what is still held goes stale, and another replica, or the next start, fails it. */
    @Override
    public void close() {
        schedule.shutdownNow();
    }

    private void heartbeat() {
        store.heartbeat(runner, List.copyOf(held));
    }

    // A task that throws is never run again: a database hiccup must not end the heartbeats for good.
    private void every(Duration period, String what, Runnable task) {
        long millis = period.toMillis();
        schedule.scheduleWithFixedDelay(
                () -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        LOG.warn("Investigation lease {} failed; trying again in {} ms", what, millis, e);
                    }
                },
                millis,
                millis,
                TimeUnit.MILLISECONDS);
    }
}
