package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeSelectorRequirement;
import io.fabric8.kubernetes.api.model.NodeSelectorTerm;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A pod's label rules for nodes as the scheduler applies them: {@code nodeSelector} (every key=value), and required
 * node affinity (any of its terms; within a term, every expression, with In, NotIn, Exists, DoesNotExist, Gt, Lt,
 * and {@code metadata.name} fields).
 */
final class NodeLabels {

    private NodeLabels() {}

    static Map<String, String> labels(Node node) {
        Map<String, String> labels = node.getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    static boolean matches(NodeSelectorRequirement expression, Map<String, String> labels) {
        String value = labels.get(expression.getKey());
        List<String> values = expression.getValues() == null ? List.of() : expression.getValues();
        return switch (String.valueOf(expression.getOperator())) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            case "Gt" -> compare(value, values).map(c -> c > 0).orElse(false);
            case "Lt" -> compare(value, values).map(c -> c < 0).orElse(false);
            default -> false;
        };
    }

    /** A term matches when all its label expressions and all its field expressions (metadata.name) match. */
    static boolean matches(NodeSelectorTerm term, Node node) {
        Map<String, String> labels = labels(node);
        Map<String, String> fields = Map.of("metadata.name", node.getMetadata().getName());
        return orEmpty(term.getMatchExpressions()).stream().allMatch(e -> matches(e, labels))
                && orEmpty(term.getMatchFields()).stream().allMatch(e -> matches(e, fields));
    }

    /** The first expression of {@code term} that {@code node} fails, to name. */
    static Optional<NodeSelectorRequirement> firstUnmet(NodeSelectorTerm term, Node node) {
        Map<String, String> labels = labels(node);
        Map<String, String> fields = Map.of("metadata.name", node.getMetadata().getName());
        return orEmpty(term.getMatchExpressions()).stream()
                .filter(e -> !matches(e, labels))
                .findFirst()
                .or(() -> orEmpty(term.getMatchFields()).stream()
                        .filter(e -> !matches(e, fields))
                        .findFirst());
    }

    /** {@code zone In [us-east-1d]}, {@code gpu Exists}. */
    static String describe(NodeSelectorRequirement expression) {
        List<String> values = expression.getValues() == null ? List.of() : expression.getValues();
        return expression.getKey() + " " + expression.getOperator() + (values.isEmpty() ? "" : " " + values);
    }

    /** What the nodes carry under {@code key}: {@code disktype=ssd (2), disktype=hdd (1)}, or that none has it. */
    static String valuesOn(String key, List<Node> nodes) {
        Map<String, Long> counts = nodes.stream()
                .map(n -> labels(n).get(key))
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        if (counts.isEmpty()) {
            return "no node has label " + key;
        }
        return "nodes have "
                + counts.entrySet().stream()
                        .map(e -> key + "=" + e.getKey() + (nodes.size() > 1 ? " (" + e.getValue() + ")" : ""))
                        .collect(Collectors.joining(", "));
    }

    private static Optional<Integer> compare(String value, List<String> values) {
        if (value == null || values.size() != 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.compare(Long.parseLong(value), Long.parseLong(values.getFirst())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
