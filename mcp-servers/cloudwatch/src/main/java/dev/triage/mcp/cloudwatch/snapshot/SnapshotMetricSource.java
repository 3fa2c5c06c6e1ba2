package dev.triage.mcp.cloudwatch.snapshot;

import dev.triage.kubernetes.snapshot.SnapshotManifest;
import dev.triage.mcp.cloudwatch.metrics.MetricDescriptor;
import dev.triage.mcp.cloudwatch.metrics.MetricQuery;
import dev.triage.mcp.cloudwatch.metrics.MetricQueryException;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries;
import dev.triage.mcp.cloudwatch.metrics.MetricSource;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The series a snapshot recorded under {@code metrics/}, answered as CloudWatch would: a query's dimensions must
 * equal a series' whole dimension set, points are aggregated into the query's period with its statistic, and a
 * query that names a metric or dimension the snapshot never had fails with a message that lists what exists.
 */
public final class SnapshotMetricSource implements MetricSource {

    private final Path dir;
    private final Instant capturedAt;
    private final List<RecordedSeries> series;

    private SnapshotMetricSource(Path dir, Instant capturedAt, List<RecordedSeries> series) {
        this.dir = dir;
        this.capturedAt = capturedAt;
        this.series = series;
    }

    /** Reads {@code dir}'s snapshot.yaml and metrics; throws {@code SnapshotException} naming a bad file. */
    public static SnapshotMetricSource load(Path dir) {
        return new SnapshotMetricSource(dir, SnapshotManifest.read(dir).capturedAt(), SeriesFiles.read(dir));
    }

    /** "Now" for this snapshot: relative time ranges end here. */
    public Instant capturedAt() {
        return capturedAt;
    }

    @Override
    public List<MetricSeries> getMetricData(List<MetricQuery> queries, Instant start, Instant end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!start.isBefore(end)) {
            throw new MetricQueryException(
                    "the time range is empty or inverted: start " + start + " is not before end " + end);
        }
        if (queries.isEmpty()) {
            throw new MetricQueryException("at least one metric query is required");
        }
        return queries.stream().map(q -> answer(q, start, end)).toList();
    }

    @Override
    public List<MetricDescriptor> listMetrics(String namespace, String metricName, Map<String, String> dimensions) {
        if (namespace == null || namespace.isBlank()) {
            throw new MetricQueryException("a metric namespace is required, e.g. ContainerInsights");
        }
        Map<String, String> filter = dimensions == null ? Map.of() : dimensions;
        return series.stream()
                .filter(s -> s.namespace().equals(namespace))
                .filter(s -> metricName == null
                        || metricName.isBlank()
                        || s.metricName().equals(metricName))
                .filter(s -> s.hasDimensions(filter))
                .map(s -> new MetricDescriptor(s.namespace(), s.metricName(), s.dimensions()))
                .distinct()
                .toList();
    }

    @Override
    public String describe() {
        return "snapshot " + dir;
    }

    private MetricSeries answer(MetricQuery query, Instant start, Instant end) {
        Statistic statistic = Statistic.parse(query.stat());
        List<RecordedSeries> ofMetric = QueryCheck.seriesOf(series, query);
        return ofMetric.stream()
                .filter(s -> s.dimensions().equals(query.dimensions()))
                .findFirst()
                .map(s -> Periods.aggregate(query, s, statistic, start, end))
                .orElseGet(() ->
                        new MetricSeries(query.id(), query.metricName(), query.dimensions(), "None", List.of(), false));
    }
}
