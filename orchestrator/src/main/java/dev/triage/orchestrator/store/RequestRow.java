package dev.triage.orchestrator.store;

import dev.triage.agents.routing.RequestSource;
import dev.triage.model.Severity;

/**
 * What an investigation's row keeps of the request beside its report: who asked, and what the agents and the asking
 * channel need again when a runner (on any replica, after any restart) takes it.
 *
 * @param severity null for a question
 * @param alertText already redacted; null if none
 * @param fingerprint null for a question
 * @param replyTarget opaque to the store; null if none
 * @param requester who asked; null when the channel did not say
 */
public record RequestRow(
        RequestSource source,
        Severity severity,
        String alertText,
        String fingerprint,
        String replyTarget,
        String requester) {

    /** A row of a request nobody in particular asked for. */
    public RequestRow(
            RequestSource source, Severity severity, String alertText, String fingerprint, String replyTarget) {
        this(source, severity, alertText, fingerprint, replyTarget, null);
    }
}
