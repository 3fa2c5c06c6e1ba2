package dev.triage.mcp.eks.findings;

import dev.triage.mcp.eks.diagnosis.Diagnosis;
import dev.triage.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The JSON answer of find_unhealthy: counts over all findings, then the findings (root causes first) up to the
 * limit, and what was left out.
 */
record FindingsReport(
        String cluster,
        String namespace,
        Counts counts,
        int objectsExamined,
        int apiCalls,
        long tookMs,
        List<Finding> findings,
        String truncated) {

    record Counts(int findings, long rootCauses, Map<String, Long> bySeverity, Map<String, Long> byCategory) {

        static Counts of(List<Finding> findings) {
            return new Counts(
                    findings.size(),
                    findings.stream().filter(Finding::isRootCause).count(),
                    count(findings, f -> f.severity().name()),
                    count(findings, f -> f.category().name()));
        }

        private static Map<String, Long> count(List<Finding> findings, Function<Finding, String> key) {
            return findings.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        }
    }

    static FindingsReport of(String cluster, String namespace, Diagnosis diagnosis, List<Finding> shown, String note) {
        return new FindingsReport(
                cluster,
                namespace == null ? "(all namespaces)" : namespace,
                Counts.of(diagnosis.findings()),
                diagnosis.objectsExamined(),
                diagnosis.apiCalls(),
                diagnosis.took().toMillis(),
                shown,
                note.isEmpty() ? null : note);
    }
}
