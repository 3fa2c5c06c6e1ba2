package dev.triage.orchestrator.store;

import dev.triage.model.InvestigationStatus;
import java.time.Instant;

/** One line of the list of recent investigations: enough to pick one, without its report. */
public record InvestigationSummary(
        String id,
        InvestigationStatus status,
        String question,
        String cluster,
        String namespace,
        Instant createdAt,
        Instant finishedAt,
        Counts counts) {

    public record Counts(int findings, int rootCauses, int remediations) {}
}
