package dev.triage.mcp.cloudwatch.containerinsights;

import dev.triage.mcp.cloudwatch.metrics.MetricDescriptor;
import dev.triage.mcp.cloudwatch.metrics.MetricQueryException;
import dev.triage.mcp.cloudwatch.metrics.MetricSource;
import dev.triage.mcp.cloudwatch.metrics.QueryRules;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the one Container Insights series that answers "metric M of resource R": the series carrying R's
 * dimensions with the fewest others (the aggregate, not a per-pod breakdown), since CloudWatch wants the exact set.
 */
final class SeriesResolver {

    private static final int SHOWN = 30;

    private final MetricSource metrics;
    private final String cluster;

    SeriesResolver(MetricSource metrics, String cluster) {
        this.metrics = metrics;
        this.cluster = cluster;
    }

    Map<String, String> resolve(ResourceType type, String metric, Map<String, String> filter, Optional<String> ns) {
        Optional<Map<String, String>> found = narrowest(metric, filter);
        if (found.isEmpty() && type == ResourceType.POD) {
            found = narrowest(metric, type.fullPodFilter(cluster, ns.orElseThrow(), filter.get("PodName")));
        }
        return found.orElseThrow(() -> missing(type, metric, filter, ns));
    }

    private Optional<Map<String, String>> narrowest(String metric, Map<String, String> filter) {
        return metrics.listMetrics(QueryRules.CONTAINER_INSIGHTS, metric, filter).stream()
                .map(MetricDescriptor::dimensions)
                .filter(dimensions -> dimensions.entrySet().containsAll(filter.entrySet()))
                .min(Comparator.comparingInt(Map::size));
    }

    private MetricQueryException missing(
            ResourceType type, String metric, Map<String, String> filter, Optional<String> ns) {
        List<MetricDescriptor> ofMetric =
                metrics.listMetrics(QueryRules.CONTAINER_INSIGHTS, metric, Map.of("ClusterName", cluster));
        if (ofMetric.isEmpty()) {
            return new MetricQueryException("cluster " + cluster + " publishes no Container Insights metric '"
                    + metric + "'; get_eks_metrics_guidance lists the metrics per resource type, list_metrics the "
                    + "ones that exist (" + metrics.describe() + ")");
        }
        String key =
                switch (type) {
                    case NODE -> "NodeName";
                    case SERVICE -> "Service";
                    case CONTAINER -> "ContainerName";
                    default -> "PodName";
                };
        String known = ofMetric.stream()
                .filter(d -> ns.map(namespace -> namespace.equals(d.dimensions().get("Namespace")))
                        .orElse(true))
                .map(d -> d.dimensions().get(key))
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .limit(SHOWN)
                .collect(Collectors.joining(", "));
        return new MetricQueryException("no " + metric + " series with dimensions " + filter + "; " + key
                + " values that exist" + ns.map(n -> " in namespace " + n).orElse("") + ": "
                + (known.isEmpty() ? "none" : known) + (type == ResourceType.POD ? POD_HINT : ""));
    }

    private static final String POD_HINT =
            " (Container Insights' PodName is the workload name, e.g. 'cart' for pod cart-6b7f9c8d4-kx2vq)";
}
