package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.mcp.cloudwatch.metrics.MetricSeries.Point;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The arithmetic and the wording of figures in quotes: values as a person reads them, times as HH:mm UTC. */
final class Figures {

    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private Figures() {}

    static double mean(List<Point> points) {
        return points.stream().mapToDouble(Point::value).average().orElse(Double.NaN);
    }

    static double stddev(List<Point> points) {
        double mean = mean(points);
        return Math.sqrt(points.stream()
                .mapToDouble(p -> (p.value() - mean) * (p.value() - mean))
                .average()
                .orElse(0));
    }

    /** Nearest-rank percentile, as CloudWatch's pNN. */
    static double percentile(List<Point> points, double rank) {
        double[] values = points.stream().mapToDouble(Point::value).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(rank / 100.0 * values.length) - 1;
        return values[Math.clamp(index, 0, values.length - 1)];
    }

    static double max(List<Point> points) {
        return points.stream().mapToDouble(Point::value).max().orElse(Double.NaN);
    }

    static double min(List<Point> points) {
        return points.stream().mapToDouble(Point::value).min().orElse(Double.NaN);
    }

    static String time(Instant at) {
        return CLOCK.format(at);
    }

    static String value(String metric, double value) {
        if (Metrics.isPercent(metric)) {
            return Math.round(value) + "%";
        }
        if (metric.equals(Metrics.RESTARTS)) {
            return String.valueOf(Math.round(value));
        }
        return bytesPerSecond(value);
    }

    /** A point as {@code 61% 09:20}. */
    static String at(String metric, Point point) {
        return value(metric, point.value()) + " " + time(point.at());
    }

    private static String bytesPerSecond(double value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1f MB/s", value / 1_000_000);
        }
        return String.format(Locale.ROOT, "%.0f kB/s", value / 1_000);
    }
}
