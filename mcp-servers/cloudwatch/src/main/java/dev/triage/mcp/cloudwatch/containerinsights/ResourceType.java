package dev.triage.mcp.cloudwatch.containerinsights;

import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** What get_cloudwatch_metrics can be asked about, and the Container Insights dimensions that select it. */
enum ResourceType {
    CLUSTER,
    NODE,
    NAMESPACE,
    SERVICE,
    POD,
    CONTAINER;

    static ResourceType parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException("resource_type", "must be one of " + names() + ", got " + text);
        }
    }

    static String names() {
        return Arrays.stream(values()).map(ResourceType::label).collect(Collectors.joining(", "));
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    boolean needsNamespace() {
        return this == NAMESPACE || this == SERVICE || this == POD || this == CONTAINER;
    }

    /**
     * The dimensions a series of this resource must carry. A pod is first looked up by {@code PodName} (the
     * workload); {@link #fullPodFilter} is the second try, for a real pod name.
     */
    Map<String, String> filter(String cluster, Optional<String> namespace, String name, Optional<String> pod) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("ClusterName", cluster);
        if (needsNamespace()) {
            filter.put("Namespace", namespace.orElseThrow());
        }
        switch (this) {
            case NODE -> filter.put("NodeName", name);
            case SERVICE -> filter.put("Service", name);
            case POD -> filter.put("PodName", name);
            case CONTAINER -> {
                filter.put("ContainerName", name);
                pod.ifPresent(workload -> filter.put("PodName", workload));
            }
            default -> {}
        }
        return filter;
    }

    Map<String, String> fullPodFilter(String cluster, String namespace, String pod) {
        return new LinkedHashMap<>(Map.of("ClusterName", cluster, "Namespace", namespace, "FullPodName", pod));
    }
}
