package dev.triage.orchestrator.investigation;

import dev.triage.agents.routing.RequestSource;
import java.util.Objects;

/**
 * A question to investigate, as a channel (the API, later Slack and alerts) hands it over, already checked for shape.
 *
 * @param cluster the cluster to look at; null for the one this service serves
 * @param namespace null for the whole cluster
 */
public record NewInvestigation(String question, String cluster, String namespace, RequestSource source) {

    public NewInvestigation {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(source, "source");
    }
}
