package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.hosting.validation.KubernetesNames;
import dev.triage.mcp.runbook.catalog.Runbook;
import dev.triage.mcp.runbook.catalog.TargetKind;
import dev.triage.model.ResourceRef;

/** Checks a requested target's shape before anything is read: a kind the runbook acts on and plain names. */
final class Targets {

    private Targets() {}

    static TargetKind kind(Runbook runbook, String kind) {
        return TargetKind.of(kind)
                .filter(runbook.targets()::contains)
                .orElseThrow(() -> new Refused(
                        Refusal.INVALID_TARGET,
                        "runbook " + runbook.id() + " acts on " + runbook.targets() + ", not '"
                                + ParameterValues.printable(kind) + "'"));
    }

    static ResourceRef ref(TargetKind kind, String namespace, String name) {
        if (!KubernetesNames.isSubdomain(name)) {
            throw new Refused(
                    Refusal.INVALID_TARGET,
                    "'" + ParameterValues.printable(name) + "' is not a Kubernetes object name");
        }
        if (!kind.namespaced()) {
            if (namespace != null) {
                throw new Refused(Refusal.INVALID_TARGET, kind + " is cluster-scoped: give no namespace");
            }
            return new ResourceRef(kind.kind(), null, name);
        }
        if (namespace == null || !KubernetesNames.isLabel(namespace)) {
            throw new Refused(
                    Refusal.INVALID_TARGET,
                    kind + " needs a namespace"
                            + (namespace == null ? "" : "; '" + ParameterValues.printable(namespace) + "' is not one"));
        }
        return new ResourceRef(kind.kind(), namespace, name);
    }
}
