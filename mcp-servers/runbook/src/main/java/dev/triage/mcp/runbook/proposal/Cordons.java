package dev.triage.mcp.runbook.proposal;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Map;

/** cordon-node: spec.unschedulable=true. The pods already there keep running (DaemonSet pods tolerate it anyway). */
final class Cordons {

    private Cordons() {}

    static PlanStep plan(PlanContext context) {
        Node node = (Node) context.object();
        if (Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            throw new Refused(Refusal.INVALID_TARGET, context.target() + " is already cordoned");
        }
        long pods = workloadPodsOn(context, node.getMetadata().getName());
        String description = "cordon node " + node.getMetadata().getName() + ": no new pod is scheduled there; the "
                + pods + " pods running there (DaemonSet pods aside) keep running until drained";
        return new PlanStep(
                "cordon-node",
                description,
                context.target(),
                List.of(new Change("spec.unschedulable", "false", "true")),
                "strategic-merge",
                Map.of("spec", Map.of("unschedulable", true)));
    }

    private static long workloadPodsOn(PlanContext context, String node) {
        return context.client().pods().inAnyNamespace().list().getItems().stream()
                .filter(pod -> node.equals(pod.getSpec().getNodeName()))
                .filter(pod -> !ownedByDaemonSet(pod))
                .count();
    }

    private static boolean ownedByDaemonSet(Pod pod) {
        List<OwnerReference> owners = pod.getMetadata().getOwnerReferences();
        return owners != null && owners.stream().anyMatch(owner -> "DaemonSet".equals(owner.getKind()));
    }
}
