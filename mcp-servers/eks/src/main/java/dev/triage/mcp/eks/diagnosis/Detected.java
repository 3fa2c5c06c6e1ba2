package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Finding;
import java.util.List;

/**
 * A finding before it is linked to its cause.
 *
 * @param possibleCauses ids of findings this one would be a symptom of, most likely first, as the evidence suggests
 *     them (the Service named in a pod's environment, the PVC a pod mounts, the node it runs on); the first one that
 *     was actually found becomes {@code causedBy}
 */
record Detected(Finding finding, List<String> possibleCauses) {

    Detected {
        possibleCauses = List.copyOf(possibleCauses);
    }

    static Detected rootCause(Finding finding) {
        return new Detected(finding, List.of());
    }

    String id() {
        return finding.id();
    }
}
