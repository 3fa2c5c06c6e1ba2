package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.runbook.catalog.Runbook;
import dev.triage.mcp.runbook.catalog.TargetKind;
import dev.triage.model.ResourceRef;
import java.util.regex.Pattern;

/** Checks a requested target's shape before anything is read: a kind the runbook acts on and plain names. */
final class Targets {

    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9](?:[-a-z0-9]{0,61}[a-z0-9])?");
    private static final Pattern NAME = Pattern.compile("[a-z0-9](?:[-a-z0-9.]{0,251}[a-z0-9])?");

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
        if (!NAME.matcher(name).matches()) {
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
        if (namespace == null || !NAMESPACE.matcher(namespace).matches()) {
            throw new Refused(
                    Refusal.INVALID_TARGET,
                    kind + " needs a namespace"
                            + (namespace == null ? "" : "; '" + ParameterValues.printable(namespace) + "' is not one"));
        }
        return new ResourceRef(kind.kind(), namespace, name);
    }
}
