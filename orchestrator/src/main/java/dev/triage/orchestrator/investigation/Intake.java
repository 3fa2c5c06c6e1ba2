package dev.triage.orchestrator.investigation;

/**
 * The one way an investigation starts, for every channel: the REST API, the CLI, Slack, the chat UI and the alert
 * webhooks all hand an {@link IntakeRequest} to {@link #submit}. The request is stored, as QUEUED, before this
 * returns, so a channel may acknowledge it at once; a runner takes it when one is free. A channel hears of the result
 * through {@link InvestigationFinished}, never by polling.
 */
public final class Intake {

    private final Investigations investigations;

    public Intake(Investigations investigations) {
        this.investigations = investigations;
    }

    /**
     * Stores and queues the request. {@link IntakeOutcome.UnknownCluster} (nothing stored) when it names a cluster
     * this service does not reach.
     */
    public IntakeOutcome submit(IntakeRequest request) {
        return investigations.enqueue(request);
    }

    /** The cluster investigated when a request names none. */
    public String servedCluster() {
        return investigations.servedCluster();
    }
}
