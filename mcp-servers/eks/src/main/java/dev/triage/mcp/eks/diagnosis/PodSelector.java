package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Pods indexed by label, so matching a selector costs the smallest posting list rather than every pod. */
final class PodSelector {

    private final Map<String, List<Pod>> byLabel = new HashMap<>();

    PodSelector(List<Pod> pods) {
        for (Pod pod : pods) {
            Map<String, String> labels = pod.getMetadata().getLabels();
            if (labels != null) {
                labels.forEach((k, v) -> byLabel.computeIfAbsent(key(Refs.namespace(pod), k, v), x -> new ArrayList<>())
                        .add(pod));
            }
        }
    }

    /** Pods in {@code namespace} carrying every label of {@code selector}; none for an empty selector. */
    List<Pod> matching(String namespace, Map<String, String> selector) {
        if (selector == null || selector.isEmpty()) {
            return List.of();
        }
        List<Pod> candidates = selector.entrySet().stream()
                .map(e -> byLabel.getOrDefault(key(namespace, e.getKey(), e.getValue()), List.of()))
                .min(Comparator.comparingInt(List::size))
                .orElseThrow();
        return candidates.stream()
                .filter(p -> matches(p.getMetadata().getLabels(), selector))
                .toList();
    }

    static boolean matches(Map<String, String> labels, Map<String, String> selector) {
        return labels != null && labels.entrySet().containsAll(selector.entrySet());
    }

    private static String key(String namespace, String label, String value) {
        return namespace + "|" + label + "=" + value;
    }
}
