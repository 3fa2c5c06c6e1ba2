package dev.triage.orchestrator.store;

import dev.triage.model.InvestigationStatus;
import java.time.Instant;

/**
 * One line of the list of recent investigations: enough to pick one, without its report.
 *
 * @param source the channel it was asked through: API, UI, SLACK, ALERTMANAGER, ...
 * @param verdict the first line of the report's summary; null while it runs
 */
public record InvestigationSummary(
        String id,
        InvestigationStatus status,
        String question,
        String cluster,
        String namespace,
        String source,
        Instant createdAt,
        Instant finishedAt,
        Counts counts,
        String verdict) {

    public record Counts(int findings, int rootCauses, int remediations) {}
}
