package dev.triage.mcp.cloudwatch.metrics;

import java.util.Map;

/** A metric that exists: its namespace, name and full dimension set. */
public record MetricDescriptor(String namespace, String metricName, Map<String, String> dimensions) {

    public MetricDescriptor {
        dimensions = Map.copyOf(dimensions);
    }
}
