package dev.triage.orchestrator.investigation;

import dev.triage.agents.InvestigationRequest;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.orchestrator.store.HistoryQuery;
import dev.triage.orchestrator.store.InvestigationStore;
import dev.triage.orchestrator.store.InvestigationSummary;
import dev.triage.orchestrator.store.ProgressEvent;
import dev.triage.orchestrator.store.RequestRow;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The investigations capability: starts investigations on a bounded pool of runners, and answers for their reports
 * and progress from the store, so any replica can answer for any investigation.
 */
public final class Investigations implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Investigations.class);
    private static final int EVENT_BATCH = 200;
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    /**
     * @param cluster the cluster this service investigates (the one its EKS MCP server reads)
     * @param concurrency investigations run at once; more wait, QUEUED
     * @param lease how long a RUNNING investigation whose process stopped heartbeating is left before it is failed
     */
    public record Settings(String cluster, int concurrency, Duration lease) {}

    private final InvestigationStore store;
    private final InvestigationRunner runner;
    private final Settings settings;
    private final Clock clock;
    private final EventSignals signals = new EventSignals();
    private final ThreadPoolExecutor executor;
    private final RunnerLease lease;
    private final Announcer announcer;

    /** Investigations whose end no channel hears of. */
    public Investigations(InvestigationStore store, InvestigationRunner runner, Settings settings, Clock clock) {
        this(store, runner, settings, clock, finished -> {});
    }

    /** @param finished told of every investigation whose final report is stored: the channels' subscription */
    public Investigations(
            InvestigationStore store,
            InvestigationRunner runner,
            Settings settings,
            Clock clock,
            Consumer<InvestigationFinished> finished) {
        this.store = store;
        this.runner = runner;
        this.settings = settings;
        this.clock = clock;
        this.announcer = new Announcer(store, finished);
        // Unbounded: a request waiting for a runner is already stored as QUEUED, so a busy system queues, never fails.
        this.executor = new ThreadPoolExecutor(
                settings.concurrency(),
                settings.concurrency(),
                0,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                Thread.ofVirtual().name("investigation-", 1).factory());
        this.lease = new RunnerLease(store, settings.lease(), this::recoverAbandoned);
    }

    /**
     * Marks FAILED the investigations still RUNNING whose process stopped: their heartbeat is older than the lease, or
     * they have none. Those of live replicas, and this process's own, are left alone. Call before accepting requests;
     * it also runs every half lease, for replicas that stop while this one runs.
     */
    public int recoverAbandoned() {
        String note = "the service stopped while this investigation was running; ask again";
        long failed = store.abandoned(lease.runner(), lease.lease()).stream()
                .map(report -> Reports.failed(report, note, clock.instant()))
                .filter(report -> store.finishAbandoned(report, lease.runner(), lease.lease()))
                .peek(announcer::finished)
                .count();
        if (failed > 0) {
            LOG.warn("Marked {} investigation(s) left running by a stopped process as FAILED", failed);
        }
        return (int) failed;
    }

    /** The cluster investigated when a request names none. */
    String servedCluster() {
        return settings.cluster();
    }

    /** Stores {@code ask} as QUEUED and hands it to a runner; see {@link Intake#submit}. */
    IntakeOutcome enqueue(IntakeRequest ask) {
        if (ask.cluster() != null && !ask.cluster().equals(settings.cluster())) {
            return new IntakeOutcome.UnknownCluster(ask.cluster(), settings.cluster());
        }
        InvestigationRequest request =
                ask.toInvestigationRequest(UUID.randomUUID().toString(), settings.cluster());
        InvestigationReport queued = Reports.queued(request, clock.instant());
        store.create(queued, row(ask), lease.runner());
        lease.hold(request.id());
        EventRecorder recorder = new EventRecorder(request.id(), store, signals, lease, announcer);
        executor.execute(new InvestigationRun(request, queued, runner, recorder, store, clock));
        return new IntakeOutcome.Accepted(request.id());
    }

    private static RequestRow row(IntakeRequest ask) {
        return new RequestRow(ask.source(), ask.severity(), ask.alertText(), ask.fingerprint(), ask.replyTarget());
    }

    /** The report: final when the investigation has ended, with the progress so far while it runs. */
    public Optional<InvestigationReport> report(String id) {
        return store.report(id)
                .map(report ->
                        report.status() == InvestigationStatus.RUNNING || report.status() == InvestigationStatus.QUEUED
                                ? Reports.withProgress(report, allEvents(id))
                                : report);
    }

    /** Progress recorded after event {@code afterSeq}, oldest first, in batches. */
    public List<ProgressEvent> eventsAfter(String id, int afterSeq) {
        return store.eventsAfter(id, afterSeq, EVENT_BATCH);
    }

    /**
     * True when the investigation has ended and its last event (report-ready) is numbered {@code seq} or lower: a
     * client that has seen event {@code seq} has nothing more to wait for.
     */
    public boolean finishedAtOrBefore(String id, int seq) {
        return store.finalEventSeq(id).filter(last -> last <= seq).isPresent();
    }

    public List<InvestigationSummary> recent(HistoryQuery query) {
        return store.recent(query);
    }

    /** A number that moves whenever this process records progress; pass it to {@link #awaitProgress}. */
    public long progressVersion() {
        return signals.version();
    }

    /** Waits until progress is recorded after {@code seenVersion} was read, or {@code max} has passed. */
    public void awaitProgress(long seenVersion, Duration max) throws InterruptedException {
        signals.awaitChange(seenVersion, max);
    }

    /**
     * Lets running investigations finish for a short while, then interrupts them and stops heartbeating; those cut
     * short stay RUNNING until their lease runs out, then the next start or another replica marks them FAILED.
     */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        } finally {
            lease.close();
        }
    }

    private List<ProgressEvent> allEvents(String id) {
        return store.eventsAfter(id, 0, Integer.MAX_VALUE);
    }
}
