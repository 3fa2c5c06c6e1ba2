package dev.triage.orchestrator.investigation;

import dev.triage.agents.InvestigationRequest;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.orchestrator.store.Claimed;
import dev.triage.orchestrator.store.HistoryQuery;
import dev.triage.orchestrator.store.InvestigationStore;
import dev.triage.orchestrator.store.InvestigationSummary;
import dev.triage.orchestrator.store.ProgressEvent;
import dev.triage.orchestrator.store.RequestRow;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The investigations capability: a durable queue in the store that a bounded number of runners per process claim
 * from, and the reports and progress from the store, so any replica can answer for any investigation.
 */
public final class Investigations implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Investigations.class);
    private static final int EVENT_BATCH = 200;
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    /**
     * @param cluster the cluster investigated when a request names none
     * @param clusters every cluster this service investigates (each through its own MCP servers), {@code cluster}
     *     among them; a request naming another is refused
     * @param concurrency investigations run at once by this process; more wait, QUEUED
     * @param lease how long a RUNNING investigation whose process stopped heartbeating is left before it is recovered
     * @param maxAttempts how many times an investigation is started before an interrupted one is failed for good
     */
    public record Settings(String cluster, Set<String> clusters, int concurrency, Duration lease, int maxAttempts) {

        public Settings {
            clusters = new TreeSet<>(clusters);
            if (!clusters.contains(cluster)) {
                throw new IllegalArgumentException("the default cluster " + cluster + " is not one of " + clusters);
            }
            clusters = Collections.unmodifiableSet(clusters);
        }

        /** A service of one cluster. */
        public Settings(String cluster, int concurrency, Duration lease, int maxAttempts) {
            this(cluster, Set.of(cluster), concurrency, lease, maxAttempts);
        }
    }

    private final InvestigationStore store;
    private final InvestigationRunner runner;
    private final Settings settings;
    private final Clock clock;
    private final EventSignals signals = new EventSignals();
    private final RunnerLease lease;
    private final Announcer announcer;
    private final Runners runners;

    /** Investigations whose end no channel hears of. */
    public Investigations(InvestigationStore store, InvestigationRunner runner, Settings settings, Clock clock) {
        this(store, runner, settings, clock, finished -> {});
    }

    /**
     * Starts the runners at once: they claim what is queued, including what a previous process left.
     *
     * @param finished told of every investigation whose final report is stored: the channels' subscription
     */
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
        this.lease = new RunnerLease(store, settings.lease(), this::recoverAbandoned);
        this.runners = new Runners(store, lease, settings.clusters(), settings.concurrency(), this::run);
    }

    /**
     * Recovers the investigations left RUNNING by a process that stopped (their heartbeat is older than the lease, or
     * they have none): each is queued again to run from the start, or, after {@link Settings#maxAttempts} attempts,
     * marked FAILED saying why. Those of live replicas, and this process's own, are left alone. Runs at start-up and
     * every half lease, for replicas that stop while this one runs. Returns how many it recovered.
     */
    public int recoverAbandoned() {
        List<String> requeued = store.requeueAbandoned(lease.runner(), lease.lease(), settings.maxAttempts());
        if (!requeued.isEmpty()) {
            LOG.warn("Queued again {} investigation(s) a stopped process left running: {}", requeued.size(), requeued);
            runners.wake();
        }
        String note = "the service stopped during each of this investigation's " + settings.maxAttempts()
                + " attempts (triage.investigations.max-attempts); ask again";
        long failed = store.abandoned(lease.runner(), lease.lease(), settings.maxAttempts()).stream()
                .map(report -> Reports.failed(report, note, clock.instant()))
                .filter(report -> store.finishAbandoned(report, lease.runner(), lease.lease()))
                .peek(announcer::finished)
                .count();
        if (failed > 0) {
            LOG.warn("Marked FAILED {} investigation(s) interrupted {} times", failed, settings.maxAttempts());
        }
        return requeued.size() + (int) failed;
    }

    /** The cluster investigated when a request names none. */
    String servedCluster() {
        return settings.cluster();
    }

    /** {@link #enqueue(IntakeRequest, Duration)} with no deduplication window: every request is new. */
    IntakeOutcome enqueue(IntakeRequest ask) {
        return enqueue(ask, Duration.ZERO);
    }

    /**
     * Stores {@code ask} as QUEUED, committed, and wakes a runner, unless it has a fingerprint whose investigation is
     * queued, running, or finished less than {@code dedupeWindow} ago; see {@link Intake#submit}.
     */
    IntakeOutcome enqueue(IntakeRequest ask, Duration dedupeWindow) {
        if (ask.cluster() != null && !settings.clusters().contains(ask.cluster())) {
            return new IntakeOutcome.UnknownCluster(ask.cluster(), settings.clusters());
        }
        InvestigationRequest request =
                ask.toInvestigationRequest(UUID.randomUUID().toString(), settings.cluster());
        InvestigationReport queued = Reports.queued(request, clock.instant());
        if (ask.fingerprint() == null) {
            store.create(queued, row(ask));
        } else {
            Optional<String> existing = store.createUnlessDuplicate(queued, row(ask), dedupeWindow);
            if (existing.isPresent()) {
                return new IntakeOutcome.Duplicate(existing.get());
            }
        }
        runners.wake();
        return new IntakeOutcome.Accepted(request.id());
    }

    /** Notes on the investigation of {@code fingerprint} that its alert resolved; its id, if there is one. */
    Optional<String> resolveAlert(String fingerprint) {
        Optional<String> id = store.resolveAlert(fingerprint, clock.instant());
        id.ifPresent(resolved -> signals.signal());
        return id;
    }

    // On a runner thread, with the claim held.
    private void run(Claimed claimed) {
        InvestigationReport running = claimed.report();
        RequestRow row = claimed.request();
        InvestigationRequest request = new InvestigationRequest(
                running.id(),
                running.question(),
                running.cluster(),
                running.namespace(),
                row.source(),
                row.severity(),
                row.alertText(),
                IntakeRequest.alertKey(row.fingerprint()),
                row.requester());
        EventRecorder recorder = new EventRecorder(request.id(), store, signals, lease, announcer);
        new InvestigationRun(request, running, runner, recorder, clock).run();
    }

    private static RequestRow row(IntakeRequest ask) {
        return new RequestRow(
                ask.source(), ask.severity(), ask.alertText(), ask.fingerprint(), ask.replyTarget(), ask.requester());
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
     * Claims nothing more, lets running investigations finish for a short while, then interrupts them and stops
     * heartbeating; those cut short stay RUNNING until their lease runs out, then the next start or another replica
     * queues them again. What is still QUEUED stays queued.
     */
    @Override
    public void close() {
        try {
            runners.close(SHUTDOWN_GRACE);
        } finally {
            lease.close();
        }
    }

    private List<ProgressEvent> allEvents(String id) {
        return store.eventsAfter(id, 0, Integer.MAX_VALUE);
    }
}
