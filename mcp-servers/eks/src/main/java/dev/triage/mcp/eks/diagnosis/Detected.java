package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Finding;
import java.util.List;

/**
 * A finding before it is linked to its cause.
 *
 * @param possibleCauses ids of findings this one would be a symptom of, most likely first, as the evidence suggests
 *     them (the PVC a pod mounts, the node it runs on); the first one that was actually found becomes {@code causedBy}
 * @param dependencies the hosts the failing workload needs (named in its log, env or config), nearest first: when
 *     what stands behind one is itself failing, that failure is the cause (after {@code possibleCauses})
 */
record Detected(Finding finding, List<String> possibleCauses, List<Dependency> dependencies) {

    Detected {
        possibleCauses = List.copyOf(possibleCauses);
        dependencies = List.copyOf(dependencies);
    }

    Detected(Finding finding, List<String> possibleCauses) {
        this(finding, possibleCauses, List.of());
    }

    static Detected rootCause(Finding finding) {
        return new Detected(finding, List.of());
    }

    String id() {
        return finding.id();
    }
}
