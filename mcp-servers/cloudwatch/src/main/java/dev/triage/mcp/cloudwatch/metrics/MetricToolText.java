package dev.triage.mcp.cloudwatch.metrics;

import dev.triage.mcp.hosting.tool.InputSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the metric tools tell the router and the models, and the arguments they take. */
final class MetricToolText {

    static final String GET_METRIC_DATA = """
            Fetch CloudWatch metric series, several in one call (GetMetricData). Each query names a namespace \
            (Container Insights is 'ContainerInsights'), a metric_name and its exact dimensions (CloudWatch \
            matches the whole dimension set: list_metrics shows which sets exist), and optionally its own stat \
            (Average, Maximum, Minimum, Sum, SampleCount, or a percentile p50, p90, p99) and period in seconds \
            (a multiple of 60). start_time and end_time are RFC3339 or relative to now (-3h, -90m); the default \
            is the last 3 hours. Answers per series a summary (min, max, avg, first, last, when the max was) and \
            the most recent points. Container Insights traps: PodName is the workload name (cart), FullPodName \
            the pod (cart-6b7f9c8d4-kx2vq); pod_memory_utilization is against node memory, \
            pod_memory_utilization_over_pod_limit against the pod's limit.""";

    static final String LIST_METRICS = """
            List the metrics that exist (ListMetrics) in a namespace (default ContainerInsights), optionally \
            only one metric_name and only series having the given dimensions, with each series' full dimension \
            set: use it to build exact get_metric_data queries or to see which pods and nodes report.""";

    private MetricToolText() {}

    static InputSchema metricDataSchema() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", string("a lower-case id for the series, e.g. cpu (default m1, m2, ...)"));
        query.put("namespace", string("the CloudWatch namespace, e.g. ContainerInsights"));
        query.put("metric_name", string("e.g. pod_cpu_utilization_over_pod_limit"));
        query.put("dimensions", dimensionsSchema());
        query.put("stat", string("this query's statistic (default: the call's stat)"));
        query.put(
                "period",
                Map.of(
                        "type",
                        "integer",
                        "minimum",
                        1,
                        "maximum",
                        86_400,
                        "description",
                        "this query's period in seconds (default: the call's period)"));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(
                "queries",
                Map.of(
                        "type",
                        "array",
                        "minItems",
                        1,
                        "maxItems",
                        MetricTools.MAX_QUERIES,
                        "description",
                        "the series to fetch",
                        "items",
                        Map.of(
                                "type",
                                "object",
                                "properties",
                                query,
                                "required",
                                List.of("namespace", "metric_name"),
                                "additionalProperties",
                                false)));
        properties.put("start_time", string("RFC3339, or relative to now: -3h, -90m, -2d (default -3h)"));
        properties.put("end_time", string("RFC3339, 'now' or relative (default now)"));
        properties.put("period", integer("seconds per point, a multiple of 60 (default 60)", 86_400));
        properties.put("stat", string("Average (default), Maximum, Minimum, Sum, SampleCount, p50, p90, p99..."));
        properties.put("max_points", integer("the most recent points shown per series (default 60)", 1_440));
        return new InputSchema(properties, List.of("queries"));
    }

    static InputSchema listMetricsSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("namespace", string("the CloudWatch namespace (default ContainerInsights)"));
        properties.put("metric_name", string("only this metric"));
        properties.put("dimensions", dimensionsSchema());
        properties.put("limit", integer("the most metrics listed (default 100)", MetricTools.MAX_DESCRIPTORS));
        return new InputSchema(
                properties,
                List.of(),
                Map.of("namespace", MetricNames.NAMESPACE, "metric_name", MetricNames.METRIC_NAME));
    }

    static Map<String, Object> dimensionsSchema() {
        return Map.of(
                "type",
                "object",
                "additionalProperties",
                Map.of("type", "string", "minLength", 1),
                "description",
                "dimension name to value, e.g. {\"ClusterName\":\"prod\",\"Namespace\":\"shop\","
                        + "\"PodName\":\"cart\"}");
    }

    static Map<String, Object> string(String description) {
        return Map.of("type", "string", "minLength", 1, "description", description);
    }

    static Map<String, Object> integer(String description, long maximum) {
        return Map.of("type", "integer", "minimum", 1, "maximum", maximum, "description", description);
    }
}
