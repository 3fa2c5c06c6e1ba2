package dev.triage.mcp.runbook.policy;

import java.util.Map;
import java.util.Objects;

/**
 * What a policy judges: the target's namespace or, for a node, the node; with its labels as the cluster has them
 * now.
 */
public record PolicySubject(Scope scope, String name, Map<String, String> labels) {

    public PolicySubject {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(name, "name");
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    @Override
    public String toString() {
        return (scope == Scope.NODE ? "node " : "namespace ") + name;
    }
}
