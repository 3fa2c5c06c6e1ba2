package dev.triage.mcp.cloudwatch.snapshot;

import dev.triage.mcp.cloudwatch.metrics.MetricQuery;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries.Point;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Raw points into periods aligned, as CloudWatch aligns them, to whole multiples of the period since the epoch. */
final class Periods {

    private Periods() {}

    static MetricSeries aggregate(
            MetricQuery query, RecordedSeries series, Statistic statistic, Instant start, Instant end) {
        long period = query.period().toSeconds();
        Map<Long, List<Double>> buckets = new TreeMap<>();
        for (Point point : series.points()) {
            if (!point.at().isBefore(start) && point.at().isBefore(end)) {
                long bucket = Math.floorDiv(point.at().getEpochSecond(), period) * period;
                buckets.computeIfAbsent(bucket, b -> new ArrayList<>()).add(point.value());
            }
        }
        List<Point> points = new ArrayList<>();
        buckets.forEach((at, values) -> points.add(new Point(
                Instant.ofEpochSecond(at),
                statistic.apply(values.stream().mapToDouble(Double::doubleValue).toArray()))));
        return new MetricSeries(query.id(), query.metricName(), series.dimensions(), series.unit(), points, false);
    }
}
