package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.model.Finding;
import java.time.Instant;
import java.util.List;

/**
 * What the analysis of a scope found.
 *
 * @param oomLeadUps ids of saturation findings whose memory climb ended in a restart: the lead-up of an OOM kill
 *     the cluster's own findings report as {@code oom_killed} for the same workload
 * @param notes what was left out or assumed, for the reader
 */
public record WorkloadAnalysis(
        Scope scope,
        Instant start,
        Instant end,
        List<SeriesFigures> series,
        List<Finding> findings,
        List<String> oomLeadUps,
        List<String> notes) {

    public WorkloadAnalysis {
        series = List.copyOf(series);
        findings = List.copyOf(findings);
        oomLeadUps = List.copyOf(oomLeadUps);
        notes = List.copyOf(notes);
    }
}
