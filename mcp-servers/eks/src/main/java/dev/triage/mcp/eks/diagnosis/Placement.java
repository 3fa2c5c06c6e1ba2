package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Evidence;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import io.fabric8.kubernetes.api.model.Pod;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Why no node takes a pod: its nodeSelector, required node affinity, tolerations and requests checked against every
 * node's labels, taints and free allocatable resources. A constraint no node meets is named with what the nodes have
 * ("nodeSelector disktype=nvme: no node has that label; nodes have disktype=ssd (3)"); when every constraint is met
 * somewhere but never all on one node, each node is named with what it lacks.
 *
 * @param reasons what to change, one per constraint no node meets (or one naming each node's shortfall)
 * @param evidence the pod's constraint and the nodes' values it was compared with
 */
record Placement(List<String> reasons, List<Evidence> evidence) {

    private static final int NODES_QUOTED = 3;
    private static final int NODES_NAMED = 5;
    private static final String SELECTOR = "nodeSelector";
    private static final String AFFINITY = "affinity";
    private static final String TAINTS = "taints";

    static Placement of(Pod pod, ClusterState state) {
        List<Node> nodes = state.all(Node.class).stream()
                .sorted(Comparator.comparing(n -> n.getMetadata().getName()))
                .toList();
        if (nodes.isEmpty()) {
            return new Placement(List.of("the cluster has no nodes to place it on"), List.of());
        }
        Map<Node, Map<String, String>> unmet = new LinkedHashMap<>();
        nodes.forEach(n -> unmet.put(n, unmet(pod, n, state)));
        List<String> everywhere = unmet.values().stream()
                .flatMap(m -> m.keySet().stream())
                .distinct()
                .filter(key -> unmet.values().stream().allMatch(m -> m.containsKey(key)))
                .toList();
        List<Evidence> evidence = new ArrayList<>();
        if (!everywhere.isEmpty()) {
            List<String> reasons = everywhere.stream()
                    .map(key -> blocker(key, pod, nodes, state, evidence))
                    .toList();
            return new Placement(reasons, evidence);
        }
        List<String> perNode = unmet.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .limit(NODES_NAMED)
                .map(e -> e.getKey().getMetadata().getName() + ": "
                        + String.join(", ", e.getValue().values()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (perNode.isEmpty()) {
            return new Placement(List.of(), List.of());
        }
        long more = unmet.values().stream().filter(m -> !m.isEmpty()).count() - perNode.size();
        String also = more > 0 ? "; and " + more + " more nodes" : "";
        return new Placement(
                List.of("no node meets every constraint at once (" + String.join("; ", perNode) + also + ")"),
                evidence);
    }

    /** What {@code node} fails, by constraint key, with a short note of how. */
    private static Map<String, String> unmet(Pod pod, Node node, ClusterState state) {
        Map<String, String> unmet = new LinkedHashMap<>();
        Map<String, String> labels = NodeLabels.labels(node);
        selector(pod).forEach((key, value) -> {
            if (!value.equals(labels.get(key))) {
                unmet.put(
                        SELECTOR + " " + key + "=" + value,
                        labels.containsKey(key) ? "has " + key + "=" + labels.get(key) : "has no label " + key);
            }
        });
        List<NodeSelectorTerm> terms = terms(pod);
        if (!terms.isEmpty() && terms.stream().noneMatch(t -> NodeLabels.matches(t, node))) {
            String first = NodeLabels.firstUnmet(terms.getFirst(), node)
                    .map(NodeLabels::describe)
                    .orElse("its terms");
            unmet.put(AFFINITY, "fails node affinity " + first);
        }
        List<String> taints = Taints.untolerated(pod, node);
        if (!taints.isEmpty()) {
            unmet.put(TAINTS, "taint " + String.join(", ", taints));
        }
        Map<String, BigDecimal> requested = state.requestedOn(node.getMetadata().getName());
        Optional<Pod> self = boundHere(pod, node, state);
        Map<String, BigDecimal> wanted = new TreeMap<>(Requests.of(pod));
        wanted.merge(Requests.PODS, BigDecimal.ONE, BigDecimal::add);
        wanted.forEach((resource, amount) -> {
            BigDecimal free = Requests.free(node, resource, requested, self);
            if (amount.signum() > 0 && Requests.known(node, resource) && free.compareTo(amount) < 0) {
                unmet.put(
                        "resource " + resource,
                        resource + " " + Requests.format(resource, free.max(BigDecimal.ZERO)) + " free < "
                                + Requests.format(resource, amount));
            }
        });
        return unmet;
    }

    private static String blocker(String key, Pod pod, List<Node> nodes, ClusterState state, List<Evidence> evidence) {
        if (key.startsWith(SELECTOR + " ")) {
            String label = key.substring(SELECTOR.length() + 1, key.indexOf('='));
            evidence.add(Evidence.spec(
                    Refs.field(pod, "spec.nodeSelector." + label), selector(pod).get(label)));
            quoteLabels(label, nodes, evidence);
            boolean someHaveIt =
                    nodes.stream().anyMatch(n -> NodeLabels.labels(n).containsKey(label));
            return key + ": no node has that label" + (someHaveIt ? "; " + NodeLabels.valuesOn(label, nodes) : "");
        }
        if (key.equals(AFFINITY)) {
            return affinity(pod, nodes, evidence);
        }
        if (key.equals(TAINTS)) {
            return taints(pod, nodes, evidence);
        }
        return resource(key.substring("resource ".length()), pod, nodes, state, evidence);
    }

    private static String affinity(Pod pod, List<Node> nodes, List<Evidence> evidence) {
        List<String> described = new ArrayList<>();
        for (NodeSelectorTerm term : terms(pod)) {
            Optional<NodeSelectorRequirement> worst = worstExpression(term, nodes);
            worst.ifPresent(e -> {
                evidence.add(Evidence.spec(
                        Refs.field(pod, "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution"),
                        NodeLabels.describe(e)));
                quoteLabels(e.getKey(), nodes, evidence);
                described.add(NodeLabels.describe(e) + ": " + matchedBy(e, nodes) + "; "
                        + NodeLabels.valuesOn(e.getKey(), nodes));
            });
        }
        return "required node affinity " + String.join(", or ", described);
    }

    /** The expression of a term that the fewest nodes meet: the one to change. */
    private static Optional<NodeSelectorRequirement> worstExpression(NodeSelectorTerm term, List<Node> nodes) {
        List<NodeSelectorRequirement> expressions =
                term.getMatchExpressions() == null ? List.of() : term.getMatchExpressions();
        return expressions.stream().min(Comparator.comparingLong(e -> nodes.stream()
                .filter(n -> NodeLabels.matches(e, NodeLabels.labels(n)))
                .count()));
    }

    private static String matchedBy(NodeSelectorRequirement expression, List<Node> nodes) {
        long matching = nodes.stream()
                .filter(n -> NodeLabels.matches(expression, NodeLabels.labels(n)))
                .count();
        return matching == 0 ? "no node matches" : matching + " of " + nodes.size() + " nodes match, not with the rest";
    }

    private static String taints(Pod pod, List<Node> nodes, List<Evidence> evidence) {
        Map<String, Long> counts = new TreeMap<>();
        for (Node node : nodes) {
            List<String> untolerated = Taints.untolerated(pod, node);
            untolerated.forEach(t -> counts.merge(t, 1L, Long::sum));
            if (evidence.size() < NODES_QUOTED && !untolerated.isEmpty()) {
                evidence.add(Evidence.spec(Refs.field(node, "spec.taints"), String.join(", ", untolerated)));
            }
        }
        String tolerations =
                pod.getSpec().getTolerations() == null ? "it has no tolerations" : "its tolerations match none of them";
        return "every node has a taint the pod does not tolerate: "
                + counts.entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue() + (e.getValue() == 1 ? " node)" : " nodes)"))
                        .collect(Collectors.joining(", "))
                + "; " + tolerations;
    }

    private static String resource(
            String resource, Pod pod, List<Node> nodes, ClusterState state, List<Evidence> evidence) {
        BigDecimal wanted = Requests.of(pod).getOrDefault(resource, BigDecimal.ONE);
        Node roomiest = nodes.stream()
                .max(Comparator.comparing(n -> free(n, resource, pod, state)))
                .orElseThrow();
        BigDecimal most = free(roomiest, resource, pod, state).max(BigDecimal.ZERO);
        evidence.add(Evidence.status(
                Refs.field(roomiest, "status.allocatable." + resource),
                Requests.format(resource, Requests.allocatable(roomiest, resource))));
        if (Requests.PODS.equals(resource)) {
            return "every node runs as many pods as it allows ("
                    + roomiest.getMetadata().getName() + ": "
                    + Requests.format(resource, Requests.allocatable(roomiest, resource)) + ")";
        }
        return "requests " + resource + " " + Requests.format(resource, wanted) + ": no node has that much free; the "
                + "most is " + Requests.format(resource, most) + " on "
                + roomiest.getMetadata().getName() + " (of "
                + Requests.format(resource, Requests.allocatable(roomiest, resource)) + " allocatable)";
    }

    private static BigDecimal free(Node node, String resource, Pod pod, ClusterState state) {
        return Requests.free(
                node, resource, state.requestedOn(node.getMetadata().getName()), boundHere(pod, node, state));
    }

    /** {@code pod} when it is one of the live pods counted on {@code node} (the very object, not an equal one). */
    private static Optional<Pod> boundHere(Pod pod, Node node, ClusterState state) {
        if (!node.getMetadata().getName().equals(PodStatuses.nodeName(pod))) {
            return Optional.empty();
        }
        return ClusterState.live(state.placedOn(node.getMetadata().getName())).stream()
                .filter(p -> p == pod)
                .findFirst();
    }

    private static void quoteLabels(String label, List<Node> nodes, List<Evidence> evidence) {
        nodes.stream()
                .filter(n -> NodeLabels.labels(n).containsKey(label))
                .limit(NODES_QUOTED)
                .forEach(n -> evidence.add(Evidence.spec(
                        Refs.field(n, "metadata.labels." + label),
                        NodeLabels.labels(n).get(label))));
    }

    private static Map<String, String> selector(Pod pod) {
        return pod.getSpec().getNodeSelector() == null
                ? Map.of()
                : pod.getSpec().getNodeSelector();
    }

    private static List<NodeSelectorTerm> terms(Pod pod) {
        var affinity = pod.getSpec().getAffinity();
        if (affinity == null
                || affinity.getNodeAffinity() == null
                || affinity.getNodeAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() == null) {
            return List.of();
        }
        var terms = affinity.getNodeAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution()
                .getNodeSelectorTerms();
        return terms == null ? List.of() : terms;
    }
}
