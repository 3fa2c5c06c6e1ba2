package dev.triage.orchestrator.investigation;

import java.time.Duration;
import java.util.Optional;

/**
 * The one way an investigation starts, for every channel: the REST API, the CLI, Slack, the chat UI and the alert
 * webhooks all hand an {@link IntakeRequest} to {@link #submit}. The request is stored, as QUEUED, before this
 * returns, so a channel may acknowledge it at once; a runner takes it when one is free. A channel hears of the result
 * through {@link InvestigationFinished}, never by polling.
 */
public final class Intake {

    private final Investigations investigations;
    private final Duration dedupeWindow;

    /**
     * @param dedupeWindow how long after its investigation finished a request with the same fingerprint is still a
     *     duplicate ({@code triage.alerts.dedupe-window})
     */
    public Intake(Investigations investigations, Duration dedupeWindow) {
        this.investigations = investigations;
        this.dedupeWindow = dedupeWindow;
    }

    /**
     * Stores and queues the request, committed before this returns. {@link IntakeOutcome.Duplicate} (nothing stored)
     * when its fingerprint's investigation is queued, running, or finished inside the dedupe window;
     * {@link IntakeOutcome.UnknownCluster} (nothing stored) when it names a cluster this service does not reach.
     */
    public IntakeOutcome submit(IntakeRequest request) {
        return investigations.enqueue(request, dedupeWindow);
    }

    /**
     * The alert of {@code fingerprint} has resolved: its investigation's report says so from now on, and nothing is
     * started. The id of that investigation; empty when no request had that fingerprint.
     */
    public Optional<String> resolved(String fingerprint) {
        return investigations.resolveAlert(fingerprint);
    }

    /** The cluster investigated when a request names none. */
    public String servedCluster() {
        return investigations.servedCluster();
    }
}
