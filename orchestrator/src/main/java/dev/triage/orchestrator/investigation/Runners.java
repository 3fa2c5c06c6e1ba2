package dev.triage.orchestrator.investigation;

import dev.triage.orchestrator.store.Claimed;
import dev.triage.orchestrator.store.InvestigationStore;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed number of runner threads, each claiming the oldest QUEUED investigation from the database and running it,
 * one at a time: the queue is the table, so what waits survives a restart and is shared by every replica. A runner
 * with nothing to claim sleeps until this process queues something, or until {@link #POLL} has passed (work queued by
 * another replica, or put back by a recovery).
 */
final class Runners implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Runners.class);
    static final Duration POLL = Duration.ofSeconds(1);

    private final InvestigationStore store;
    private final RunnerLease lease;
    private final Set<String> clusters;
    private final Consumer<Claimed> run;
    private final EventSignals queued = new EventSignals();
    private final ExecutorService threads;
    private volatile boolean closing;

    /** Starts {@code count} runners claiming investigations of {@code clusters} and handing each to {@code run}. */
    Runners(InvestigationStore store, RunnerLease lease, Set<String> clusters, int count, Consumer<Claimed> run) {
        this.store = store;
        this.lease = lease;
        this.clusters = Set.copyOf(clusters);
        this.run = run;
        this.threads = Executors.newFixedThreadPool(
                count, Thread.ofVirtual().name("investigation-", 1).factory());
        for (int i = 0; i < count; i++) {
            threads.execute(this::claimAndRun);
        }
    }

    /** Something was queued here: a sleeping runner looks now. */
    void wake() {
        queued.signal();
    }

    private void claimAndRun() {
        while (!closing && !Thread.currentThread().isInterrupted()) {
            long seen = queued.version();
            try {
                Optional<Claimed> claimed = store.claimNext(lease.runner(), clusters);
                if (claimed.isPresent()) {
                    lease.hold(claimed.get().report().id());
                    run.accept(claimed.get());
                } else {
                    queued.awaitChange(seen, POLL);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // The database is away for a moment: what was claimed stays RUNNING and is recovered by the lease.
                LOG.warn("Claiming the next investigation failed; trying again in {} ms", POLL.toMillis(), e);
                sleep();
            }
        }
    }

    private void sleep() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Claims nothing more, lets running investigations finish for {@code grace}, then interrupts them. */
    void close(Duration grace) {
        closing = true;
        queued.signal();
        threads.shutdown();
        try {
            if (!threads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                threads.shutdownNow();
            }
        } catch (InterruptedException e) {
            threads.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ZERO);
    }
}
