package dev.triage.orchestrator.slack;

import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.orchestrator.investigation.Investigations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits, on a virtual thread of its own, for an investigation started here to end, woken by the progress signal the
 * investigations capability gives (the one its progress streams follow), and hands over the final report. Until the
 * intake's finished event reaches Slack, this is how a slash command learns its report is ready; a response_url
 * lives 30 minutes, so the wait ends then.
 */
final class FinishWatch implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FinishWatch.class);
    static final Duration MAX_WAIT = Duration.ofMinutes(30);
    private static final Duration WAKE = Duration.ofSeconds(5);

    private final Investigations investigations;
    private final Clock clock;
    private final ExecutorService waits = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("slack-wait-", 1).factory());

    FinishWatch(Investigations investigations, Clock clock) {
        this.investigations = investigations;
        this.clock = clock;
    }

    /** Hands {@code id}'s final report to {@code finished} once it has one (on a thread of its own). */
    void watch(String id, Consumer<InvestigationReport> finished) {
        waits.execute(() -> await(id, finished));
    }

    /** Stops waiting: a service stopping does not wait for investigations to end. */
    @Override
    public void close() {
        waits.shutdownNow();
    }

    /** Ended, however: a queued or running investigation has not. */
    private static boolean ended(InvestigationReport report) {
        return report.status() == InvestigationStatus.COMPLETED || report.status() == InvestigationStatus.FAILED;
    }

    private void await(String id, Consumer<InvestigationReport> finished) {
        Instant deadline = clock.instant().plus(MAX_WAIT);
        try {
            while (clock.instant().isBefore(deadline)) {
                long seen = investigations.progressVersion();
                Optional<InvestigationReport> report = investigations.report(id);
                if (report.isEmpty()) {
                    return;
                }
                if (ended(report.get())) {
                    finished.accept(report.get());
                    return;
                }
                investigations.awaitProgress(seen, WAKE);
            }
            LOG.warn("Investigation {} did not end within {}: its report is not sent to Slack", id, MAX_WAIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
