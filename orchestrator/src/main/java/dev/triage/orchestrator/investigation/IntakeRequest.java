package dev.triage.orchestrator.investigation;

import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.redaction.Redactor;
import dev.triage.agents.routing.RequestSource;
import dev.triage.model.Severity;
import java.util.Objects;

/**
 * What a channel (the API, the CLI, Slack, the chat UI, an alert webhook) asks {@link Intake} to investigate, already
 * checked for shape by that channel.
 *
 * @param source the channel: routing may pick a model by it, and channels listen for their own results by it
 * @param cluster the cluster to look at; null for the one this service serves
 * @param namespace null for the whole cluster
 * @param question what to investigate: the question asked, or the alert's title
 * @param severity the alert's severity; null for a question
 * @param alertText the alert's own text (annotations, description): untrusted, stored redacted, and shown to a model
 *     only as quoted data; null if none
 * @param fingerprint what identifies the alert across re-sends: requests with the same fingerprint inside the dedupe
 *     window are one investigation; null for a question (never deduplicated)
 * @param replyTarget where the channel wants the result, opaque to everyone else (a Slack {@code response_url}, a
 *     channel and thread); handed back in {@link InvestigationFinished}; null if the channel needs none
 * @param requester who asked, as the channel knows them (a token's subject, {@code slack:U...}); the trace's user;
 *     null when the channel does not say (an alert, the CLI, an unauthenticated call)
 */
public record IntakeRequest(
        RequestSource source,
        String cluster,
        String namespace,
        String question,
        Severity severity,
        String alertText,
        String fingerprint,
        String replyTarget,
        String requester) {

    /** A request nobody in particular asked for (an alert). */
    public IntakeRequest(
            RequestSource source,
            String cluster,
            String namespace,
            String question,
            Severity severity,
            String alertText,
            String fingerprint,
            String replyTarget) {
        this(source, cluster, namespace, question, severity, alertText, fingerprint, replyTarget, null);
    }

    public IntakeRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(question, "question");
        cluster = blankToNull(cluster);
        namespace = blankToNull(namespace);
        alertText = Redactor.redact(blankToNull(alertText));
        fingerprint = blankToNull(fingerprint);
        requester = blankToNull(requester);
    }

    /** A person's question from {@code source}, with no alert, fingerprint or reply target. */
    public static IntakeRequest question(RequestSource source, String question, String cluster, String namespace) {
        return new IntakeRequest(source, cluster, namespace, question, null, null, null, null);
    }

    /** This request, with the result to be sent to {@code replyTarget}. */
    public IntakeRequest withReplyTarget(String replyTarget) {
        return new IntakeRequest(
                source, cluster, namespace, question, severity, alertText, fingerprint, replyTarget, requester);
    }

    /** This request, asked by {@code requester} (null when the channel does not know). */
    public IntakeRequest withRequester(String requester) {
        return new IntakeRequest(
                source, cluster, namespace, question, severity, alertText, fingerprint, replyTarget, requester);
    }

    /** The agents' request for this one, under {@code id}, on {@code servedCluster} when it names none. */
    public InvestigationRequest toInvestigationRequest(String id, String servedCluster) {
        return new InvestigationRequest(
                id,
                question,
                cluster == null ? servedCluster : cluster,
                namespace,
                source,
                severity,
                alertText,
                alertKey(fingerprint),
                requester);
    }

    /**
     * What names one alert across its firings, from a request's fingerprint: Alertmanager's carries the time the
     * firing started ({@code alertmanager:FP@startsAt}), so each firing is its own investigation, and without it the
     * key is the alert's; other sources' fingerprints already name the alert. Null for null. The Slack thread of an
     * alert and the trace's session both follow it.
     */
    public static String alertKey(String fingerprint) {
        if (fingerprint != null && fingerprint.startsWith("alertmanager:") && fingerprint.lastIndexOf('@') > 0) {
            return fingerprint.substring(0, fingerprint.lastIndexOf('@'));
        }
        return fingerprint;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
