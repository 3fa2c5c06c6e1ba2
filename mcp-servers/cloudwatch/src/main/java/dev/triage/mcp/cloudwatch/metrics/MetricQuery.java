package dev.triage.mcp.cloudwatch.metrics;

import java.time.Duration;
import java.util.Map;

/** One series to fetch: a metric with exact dimensions, aggregated per period with one statistic. */
public record MetricQuery(
        String id, String namespace, String metricName, Map<String, String> dimensions, Duration period, String stat) {

    public MetricQuery {
        dimensions = Map.copyOf(dimensions);
    }
}
