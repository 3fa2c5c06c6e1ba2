package dev.triage.agents;

import dev.triage.agents.routing.RequestSource;
import dev.triage.model.Severity;
import java.util.Objects;

/**
 * What to investigate.
 *
 * @param id the investigation's id, chosen by the caller
 * @param question the question asked, or the alert's title
 * @param cluster the cluster's name, as the report shows it
 * @param namespace the namespace to look in; {@code null} for the whole cluster
 * @param source where the request came from (routing may pick a model by it)
 * @param severity the alert's severity; {@code null} for a question
 * @param alertText the alert's body; untrusted text that reaches a model only as quoted data; {@code null} if none
 * @param session what groups this investigation with others of the same incident (an alert's key, the same across
 *     its re-firings); observers only (a trace's session), never a model; {@code null} for a question
 * @param requester who asked (a token's subject, {@code slack:U...}); observers only; {@code null} when unknown
 */
public record InvestigationRequest(
        String id,
        String question,
        String cluster,
        String namespace,
        RequestSource source,
        Severity severity,
        String alertText,
        String session,
        String requester) {

    /** A request with no session or requester. */
    public InvestigationRequest(
            String id,
            String question,
            String cluster,
            String namespace,
            RequestSource source,
            Severity severity,
            String alertText) {
        this(id, question, cluster, namespace, source, severity, alertText, null, null);
    }

    public InvestigationRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(source, "source");
        namespace = namespace == null || namespace.isBlank() ? null : namespace.strip();
        session = session == null || session.isBlank() ? null : session;
        requester = requester == null || requester.isBlank() ? null : requester;
    }
}
