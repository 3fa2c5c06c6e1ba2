package dev.triage.mcp.cloudwatch.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The answer to one {@link MetricQuery}: points in time order; partial when the source cut the series short. */
public record MetricSeries(
        String id,
        String metricName,
        Map<String, String> dimensions,
        String unit,
        List<Point> points,
        boolean partial) {

    public MetricSeries {
        dimensions = Map.copyOf(dimensions);
        points = List.copyOf(points);
    }

    public record Point(Instant at, double value) {}
}
