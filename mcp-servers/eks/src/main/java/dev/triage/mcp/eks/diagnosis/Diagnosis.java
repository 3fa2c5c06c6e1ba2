package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Finding;
import java.time.Duration;
import java.util.List;

/**
 * The result of one diagnosis.
 *
 * @param findings root causes first (most severe first), then the symptoms linked to them
 * @param objectsExamined how many Kubernetes objects were read (events included)
 * @param apiCalls how many Kubernetes API calls were made: one list per kind plus the few logs quoted
 * @param took wall-clock time of the diagnosis
 */
public record Diagnosis(List<Finding> findings, int objectsExamined, int apiCalls, Duration took) {

    public Diagnosis {
        findings = List.copyOf(findings);
    }
}
