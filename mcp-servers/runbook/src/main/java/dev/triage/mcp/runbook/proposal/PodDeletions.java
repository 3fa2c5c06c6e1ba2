package dev.triage.mcp.runbook.proposal;

import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Optional;

/** delete-pod: only a pod a controller will replace; deleting any other loses it for good. */
final class PodDeletions {

    private PodDeletions() {}

    static PlanStep plan(PlanContext context) {
        Pod pod = (Pod) context.object();
        OwnerReference controller = controller(pod)
                .orElseThrow(() -> new Refused(
                        Refusal.INVALID_TARGET,
                        context.target() + " has no controller: nothing would recreate it, so it is never deleted"));
        String node = pod.getSpec().getNodeName();
        String phase = pod.getStatus() == null ? "unknown" : pod.getStatus().getPhase();
        String description = "delete pod " + pod.getMetadata().getNamespace() + "/"
                + pod.getMetadata().getName()
                + " (phase " + phase + (node == null ? ", not scheduled" : ", on node " + node) + "); its "
                + controller.getKind() + " " + controller.getName() + " creates a replacement";
        return new PlanStep("delete-pod", description, context.target(), List.of(), null, null);
    }

    private static Optional<OwnerReference> controller(Pod pod) {
        List<OwnerReference> owners = pod.getMetadata().getOwnerReferences();
        return owners == null
                ? Optional.empty()
                : owners.stream()
                        .filter(owner -> Boolean.TRUE.equals(owner.getController()))
                        .findFirst();
    }
}
