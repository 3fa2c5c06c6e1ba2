package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.Severity;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.Taint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Nodes that are NotReady (the pods on them, DaemonSet pods included, are reported with the node) and nodes under
 * memory, disk or PID pressure. A namespace's diagnosis sees only the nodes its pods run on.
 */
final class NodeAnalyzer implements Analyzer {

    private static final List<String> PRESSURES = List.of("MemoryPressure", "DiskPressure", "PIDPressure");

    @Override
    public List<Detected> analyze(Inspection inspection) {
        ClusterState state = inspection.state();
        return state.all(Node.class).stream()
                .filter(node -> state.namespace() == null
                        || !state.podsOn(node.getMetadata().getName()).isEmpty())
                .flatMap(node -> Stream.concat(notReady(node, inspection).stream(), pressure(node).stream()))
                .map(Detected::rootCause)
                .toList();
    }

    private static Optional<Finding> notReady(Node node, Inspection inspection) {
        Optional<NodeCondition> ready = NodeConditions.find(node, "Ready").filter(c -> !"True".equals(c.getStatus()));
        if (ready.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>(conditionEvidence(node, ready.get()));
        evidence.addAll(taints(node));
        inspection.state().events().about(node).stream()
                .filter(e -> "NodeNotReady".equals(e.getReason()) && e.getMessage() != null)
                .findFirst()
                .ifPresent(e -> evidence.add(Evidence.event(Refs.event(e), e.getMessage())));
        List<String> pods = inspection.state().podsOn(node.getMetadata().getName()).stream()
                .filter(p -> !PodStatuses.isTerminal(p))
                .map(p -> Refs.namespace(p) + "/" + p.getMetadata().getName())
                .sorted()
                .toList();
        String summary = "Node " + node.getMetadata().getName() + " is NotReady (Ready="
                + ready.get().getStatus() + reasonAndMessage(ready.get()) + "); " + pods.size()
                + " pods are bound to it";
        return Optional.of(
                Findings.of(Category.NODE_NOT_READY, Refs.of(node), null, summary, evidence, Severity.CRITICAL, pods));
    }

    /** The node controller's taints ({@code node.kubernetes.io/unreachable:NoExecute}) say what it does about it. */
    private static List<Evidence> taints(Node node) {
        List<Taint> taints = node.getSpec() == null || node.getSpec().getTaints() == null
                ? List.of()
                : node.getSpec().getTaints();
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 0; i < taints.size(); i++) {
            evidence.add(Evidence.spec(
                    Refs.field(node, "spec.taints[" + i + "]"),
                    taints.get(i).getKey() + ":" + taints.get(i).getEffect()));
        }
        return evidence;
    }

    private static Optional<Finding> pressure(Node node) {
        List<NodeCondition> pressing = PRESSURES.stream()
                .flatMap(type -> NodeConditions.find(node, type).stream())
                .filter(c -> "True".equals(c.getStatus()))
                .toList();
        if (pressing.isEmpty()) {
            return Optional.empty();
        }
        List<Evidence> evidence = new ArrayList<>();
        pressing.forEach(c -> evidence.addAll(conditionEvidence(node, c)));
        String summary = "Node " + node.getMetadata().getName() + " has "
                + String.join(
                        ", ",
                        pressing.stream()
                                .map(c -> c.getType() + reasonAndMessage(c))
                                .toList())
                + "; the kubelet evicts pods and refuses new ones";
        return Optional.of(Findings.of(
                Category.RESOURCE_SATURATION, Refs.of(node), null, summary, evidence, Severity.MEDIUM, List.of()));
    }

    private static List<Evidence> conditionEvidence(Node node, NodeCondition condition) {
        return Quotes.condition(
                node, condition.getType(), condition.getStatus(), condition.getReason(), condition.getMessage());
    }

    private static String reasonAndMessage(NodeCondition condition) {
        return (condition.getReason() == null ? "" : ", " + condition.getReason())
                + (condition.getMessage() == null ? "" : ": " + condition.getMessage());
    }
}
