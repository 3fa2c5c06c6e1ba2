package dev.triage.mcp.cloudwatch.metrics;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Why a query came back with no points. CloudWatch answers an unknown metric or dimension set with an empty series,
 * not an error; a model needs to hear which part of its query names nothing, and what exists instead.
 */
public final class EmptySeries {

    private static final int SHOWN = 25;

    private EmptySeries() {}

    /** Throws when the query names a metric or dimension set that does not exist; returns quietly otherwise. */
    public static void explain(MetricSource source, MetricQuery query) {
        List<MetricDescriptor> withName = source.listMetrics(query.namespace(), query.metricName(), Map.of());
        if (withName.isEmpty()) {
            throw new MetricQueryException("query " + query.id() + ": no metric '" + query.metricName()
                    + "' in namespace '" + query.namespace() + "'; " + namesIn(source, query.namespace()));
        }
        boolean exact = withName.stream().anyMatch(d -> d.dimensions().equals(query.dimensions()));
        if (!exact) {
            throw new MetricQueryException("query " + query.id() + ": " + query.metricName()
                    + " has no series with exactly the dimensions " + query.dimensions()
                    + " (CloudWatch matches the whole dimension set); series that exist: " + sets(withName));
        }
    }

    private static String namesIn(MetricSource source, String namespace) {
        List<String> names = source.listMetrics(namespace, null, Map.of()).stream()
                .map(MetricDescriptor::metricName)
                .distinct()
                .sorted()
                .toList();
        if (names.isEmpty()) {
            return "the namespace has no metrics at all (Container Insights publishes to 'ContainerInsights')";
        }
        return "metrics there: " + names.stream().limit(SHOWN).collect(Collectors.joining(", "))
                + (names.size() > SHOWN ? " and " + (names.size() - SHOWN) + " more" : "");
    }

    private static String sets(List<MetricDescriptor> descriptors) {
        List<Map<String, String>> sets = descriptors.stream()
                .map(MetricDescriptor::dimensions)
                .distinct()
                .toList();
        return sets.stream().limit(SHOWN).map(Map::toString).collect(Collectors.joining("; "))
                + (sets.size() > SHOWN ? "; and " + (sets.size() - SHOWN) + " more" : "");
    }
}
