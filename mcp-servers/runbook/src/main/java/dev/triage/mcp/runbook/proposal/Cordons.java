package dev.triage.mcp.runbook.proposal;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** cordon-node: spec.unschedulable=true. The pods already there keep running (DaemonSet pods tolerate it anyway). */
final class Cordons {

    private Cordons() {}

    static PlanStep plan(PlanContext context) {
        Node node = (Node) context.object();
        if (Boolean.TRUE.equals(node.getSpec().getUnschedulable())) {
            throw new Refused(Refusal.INVALID_TARGET, context.target() + " is already cordoned");
        }
        String running = workloadPodsOn(context, node.getMetadata().getName())
                .map(pods -> "the " + pods + " pods running there (DaemonSet pods aside) keep running until drained")
                .orElse("the pods running there keep running until drained (not counted: this server may not list "
                        + "pods in every namespace)");
        String description =
                "cordon node " + node.getMetadata().getName() + ": no new pod is scheduled there; " + running;
        return new PlanStep(
                "cordon-node",
                description,
                context.target(),
                List.of(new Change("spec.unschedulable", "false", "true")),
                "strategic-merge",
                Map.of("spec", Map.of("unschedulable", true)));
    }

    /**
     * The pods a cordon leaves in place, for the plan's description only. In a cluster the server's RBAC grants pods
     * only in the namespaces it may change (k8s/, never kube-system), so a cluster-wide list is refused: the plan
     * then says it did not count, and the cordon itself is unaffected.
     */
    private static Optional<Long> workloadPodsOn(PlanContext context, String node) {
        try {
            return Optional.of(context.client().pods().inAnyNamespace().list().getItems().stream()
                    .filter(pod -> node.equals(pod.getSpec().getNodeName()))
                    .filter(pod -> !ownedByDaemonSet(pod))
                    .count());
        } catch (KubernetesClientException e) {
            if (e.getCode() == HttpURLConnection.HTTP_FORBIDDEN) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static boolean ownedByDaemonSet(Pod pod) {
        List<OwnerReference> owners = pod.getMetadata().getOwnerReferences();
        return owners != null && owners.stream().anyMatch(owner -> "DaemonSet".equals(owner.getKind()));
    }
}
