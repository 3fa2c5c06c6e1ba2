package dev.triage.mcp.cloudwatch.metrics;

import dev.triage.mcp.cloudwatch.time.TimeWindow;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** What CloudWatch accepts in a query, checked before any call so the error says exactly what to change. */
public final class QueryRules {

    public static final String CONTAINER_INSIGHTS = "ContainerInsights";

    /** The dimension names Container Insights (including enhanced observability) publishes on EKS. */
    public static final Set<String> CONTAINER_INSIGHTS_DIMENSIONS = new TreeSet<>(Set.of(
            "ClusterName",
            "Namespace",
            "PodName",
            "FullPodName",
            "ContainerName",
            "NodeName",
            "InstanceId",
            "InstanceType",
            "Service",
            "GpuDevice"));

    /** GetMetricData returns at most this many points per call. */
    static final long MAX_POINTS = 100_800;

    private static final Pattern STAT = Pattern.compile(
            "Average|Maximum|Minimum|Sum|SampleCount|IQM|p(\\d{1,2}(\\.\\d{1,2})?|100)|(tm|tc|ts|wm)\\d{1,2}(\\.\\d+)?");
    private static final Pattern ID = Pattern.compile("[a-z][a-zA-Z0-9_]{0,254}");

    private QueryRules() {}

    public static void check(List<MetricQuery> queries, TimeWindow window) {
        long points = 0;
        for (MetricQuery query : queries) {
            check(query);
            points += window.length().toSeconds() / query.period().toSeconds();
        }
        if (points > MAX_POINTS) {
            throw new MetricQueryException("the queries ask for " + points + " points, more than GetMetricData's "
                    + MAX_POINTS + ": raise period or shorten the time range");
        }
    }

    static void check(MetricQuery query) {
        if (!ID.matcher(query.id()).matches()) {
            throw new MetricQueryException("query id '" + query.id()
                    + "' must start with a lower-case letter and hold only letters, digits and _");
        }
        if (!STAT.matcher(query.stat()).matches()) {
            throw new MetricQueryException("stat '" + query.stat() + "' of query " + query.id()
                    + " is not a CloudWatch statistic: use Average, Maximum, Minimum, Sum, SampleCount or a "
                    + "percentile such as p50, p90, p99, p99.9");
        }
        checkPeriod(query.id(), query.period());
        if (CONTAINER_INSIGHTS.equals(query.namespace())) {
            checkDimensionNames(query.id(), query.dimensions());
        }
    }

    private static void checkPeriod(String id, Duration period) {
        long seconds = period.toSeconds();
        boolean highResolution = seconds == 1 || seconds == 5 || seconds == 10 || seconds == 30;
        if (seconds < 1 || (!highResolution && seconds % 60 != 0)) {
            throw new MetricQueryException("period " + seconds + "s of query " + id
                    + " must be a multiple of 60 seconds (or 1, 5, 10, 30 for high-resolution metrics)");
        }
    }

    private static void checkDimensionNames(String id, Map<String, String> dimensions) {
        for (String name : dimensions.keySet()) {
            if (!CONTAINER_INSIGHTS_DIMENSIONS.contains(name)) {
                throw new MetricQueryException("dimension '" + name + "' of query " + id
                        + " is not a Container Insights dimension; they are " + CONTAINER_INSIGHTS_DIMENSIONS);
            }
        }
    }
}
