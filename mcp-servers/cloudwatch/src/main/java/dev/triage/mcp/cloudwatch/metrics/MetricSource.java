package dev.triage.mcp.cloudwatch.metrics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Where metric data comes from: CloudWatch (AWS) or a snapshot's metrics/ directory. */
public interface MetricSource {

    /**
     * Several queries in one call, as GetMetricData; values per period with the given statistic (Average, Maximum,
     * Minimum, Sum, SampleCount, pNN).
     */
    List<MetricSeries> getMetricData(List<MetricQuery> queries, Instant start, Instant end);

    /** Metrics that exist, as ListMetrics (namespace required; name and dimension filter optional). */
    List<MetricDescriptor> listMetrics(String namespace, String metricName, Map<String, String> dimensions);

    /** Where the data comes from, for get_cluster_info-style answers: "CloudWatch us-east-1" or "snapshot DIR". */
    String describe();
}
