package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import java.util.List;

/** Findings named by convention: the id is the category and the resource; links come later. */
final class Findings {

    private Findings() {}

    /**
     * @param owner the resource's top owner, or null when it has none
     * @param pods the pods the finding groups (names, or namespace/name when they span namespaces)
     */
    static Finding of(
            Category category,
            ResourceRef resource,
            ResourceRef owner,
            String summary,
            List<Evidence> evidence,
            Severity severity,
            List<String> pods) {
        return new Finding(
                Finding.idFor(category, resource),
                resource.kind(),
                resource.namespace(),
                resource.name(),
                owner,
                category,
                summary,
                evidence,
                severity,
                pods,
                null);
    }
}
