package dev.triage.mcp.cloudwatch.aws;

import dev.triage.mcp.cloudwatch.metrics.MetricDescriptor;
import dev.triage.mcp.cloudwatch.metrics.MetricQuery;
import dev.triage.mcp.cloudwatch.metrics.MetricQueryException;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries;
import dev.triage.mcp.cloudwatch.metrics.MetricSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.DimensionFilter;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsRequest;
import software.amazon.awssdk.services.cloudwatch.model.ListMetricsResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricStat;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;

/** Metrics from CloudWatch: GetMetricData (paginated, up to 500 queries a call) and ListMetrics. */
final class AwsMetricSource implements MetricSource {

    static final int MAX_QUERIES = 500;
    /** A query over many series could page for a long time; a model gets what the first pages hold. */
    static final int MAX_PAGES = 20;

    static final int MAX_DESCRIPTORS = 1_000;

    private final CloudWatchClient client;
    private final String description;

    AwsMetricSource(CloudWatchClient client, String description) {
        this.client = client;
        this.description = description;
    }

    @Override
    public List<MetricSeries> getMetricData(List<MetricQuery> queries, Instant start, Instant end) {
        check(queries, start, end);
        var request = GetMetricDataRequest.builder()
                .metricDataQueries(
                        queries.stream().map(AwsMetricSource::dataQuery).toList())
                .startTime(start)
                .endTime(end)
                .scanBy(ScanBy.TIMESTAMP_ASCENDING)
                .build();
        var pages = new SeriesPages(queries);
        String token = null;
        int page = 0;
        do {
            var next = request.toBuilder().nextToken(token).build();
            GetMetricDataResponse response = call("CloudWatch GetMetricData", () -> client.getMetricData(next));
            pages.add(response.metricDataResults());
            token = response.nextToken();
        } while (token != null && ++page < MAX_PAGES);
        return pages.series(token != null);
    }

    @Override
    public List<MetricDescriptor> listMetrics(String namespace, String metricName, Map<String, String> dimensions) {
        var request = ListMetricsRequest.builder()
                .namespace(namespace)
                .metricName(metricName)
                .dimensions(dimensions == null ? List.of() : filters(dimensions))
                .build();
        List<MetricDescriptor> found = new ArrayList<>();
        String token = null;
        do {
            var next = request.toBuilder().nextToken(token).build();
            ListMetricsResponse response = call("CloudWatch ListMetrics", () -> client.listMetrics(next));
            response.metrics().forEach(metric -> found.add(descriptor(metric)));
            token = response.nextToken();
        } while (token != null && found.size() < MAX_DESCRIPTORS);
        return found;
    }

    @Override
    public String describe() {
        return description;
    }

    private static void check(List<MetricQuery> queries, Instant start, Instant end) {
        if (queries.isEmpty() || queries.size() > MAX_QUERIES) {
            throw new MetricQueryException(
                    "GetMetricData takes 1 to " + MAX_QUERIES + " queries, got " + queries.size());
        }
        if (!start.isBefore(end)) {
            throw new MetricQueryException("the start time " + start + " is not before the end time " + end);
        }
    }

    private static MetricDataQuery dataQuery(MetricQuery query) {
        var metric = Metric.builder()
                .namespace(query.namespace())
                .metricName(query.metricName())
                .dimensions(query.dimensions().entrySet().stream()
                        .map(e -> Dimension.builder()
                                .name(e.getKey())
                                .value(e.getValue())
                                .build())
                        .toList())
                .build();
        var stat = MetricStat.builder()
                .metric(metric)
                .period(Math.toIntExact(query.period().toSeconds()))
                .stat(query.stat())
                .build();
        return MetricDataQuery.builder()
                .id(query.id())
                .metricStat(stat)
                .returnData(true)
                .build();
    }

    private static List<DimensionFilter> filters(Map<String, String> dimensions) {
        return dimensions.entrySet().stream()
                .map(e -> DimensionFilter.builder()
                        .name(e.getKey())
                        .value(e.getValue())
                        .build())
                .toList();
    }

    private static MetricDescriptor descriptor(Metric metric) {
        Map<String, String> dimensions = new LinkedHashMap<>();
        metric.dimensions().forEach(d -> dimensions.put(d.name(), d.value()));
        return new MetricDescriptor(metric.namespace(), metric.metricName(), dimensions);
    }

    static <T> T call(String name, Supplier<T> call) {
        try {
            return call.get();
        } catch (SdkException e) {
            throw new AwsCallException(name, e);
        }
    }
}
