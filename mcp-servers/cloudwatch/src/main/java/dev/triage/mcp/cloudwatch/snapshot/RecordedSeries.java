package dev.triage.mcp.cloudwatch.snapshot;

import dev.triage.mcp.cloudwatch.metrics.MetricSeries.Point;
import java.util.List;
import java.util.Map;

/** One series as a snapshot recorded it: raw points, not yet aggregated into any period. */
record RecordedSeries(
        String namespace, String metricName, Map<String, String> dimensions, String unit, List<Point> points) {

    RecordedSeries {
        dimensions = Map.copyOf(dimensions);
        points = List.copyOf(points);
    }

    /** Whether {@code filter} holds for this series: each name present, with the value when one is given. */
    boolean hasDimensions(Map<String, String> filter) {
        return filter.entrySet().stream()
                .allMatch(e -> dimensions.containsKey(e.getKey())
                        && (e.getValue() == null
                                || e.getValue().isEmpty()
                                || e.getValue().equals(dimensions.get(e.getKey()))));
    }
}
