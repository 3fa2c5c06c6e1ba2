package dev.triage.mcp.runbook.ledger;

import java.time.Instant;
import java.util.List;

/** An incident record: a title and summary tying findings and proposals together. */
public record IncidentRecord(
        String incidentId,
        String title,
        String severity,
        String summary,
        List<String> findingIds,
        List<String> proposalIds,
        String createdBy,
        Instant createdAt) {

    public IncidentRecord {
        findingIds = List.copyOf(findingIds);
        proposalIds = List.copyOf(proposalIds);
    }
}
