package dev.triage.mcp.cloudwatch.metrics;

import dev.triage.mcp.cloudwatch.time.TimeWindow;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * Series as a tool answers them: per series a summary (min, max, average, first, last, when the maximum was) and the
 * most recent points, bounded, with a note saying how many were left out.
 */
public final class SeriesReport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SeriesReport() {}

    public static String render(
            String source, TimeWindow window, List<MetricQuery> queries, List<MetricSeries> series, int maxPoints) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("source", source);
        report.put("start", window.start().toString());
        report.put("end", window.end().toString());
        Map<String, MetricQuery> byId = new LinkedHashMap<>();
        queries.forEach(query -> byId.put(query.id(), query));
        report.put(
                "series",
                series.stream().map(s -> one(byId.get(s.id()), s, maxPoints)).toList());
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    private static Map<String, Object> one(MetricQuery query, MetricSeries series, int maxPoints) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", series.id());
        view.put("metric", series.metricName());
        view.put("dimensions", series.dimensions());
        if (query != null) {
            view.put("namespace", query.namespace());
            view.put("stat", query.stat());
            view.put("period_seconds", query.period().toSeconds());
        }
        if (series.unit() != null) {
            view.put("unit", series.unit());
        }
        view.put("points_total", series.points().size());
        if (series.partial()) {
            view.put("partial", "CloudWatch returned part of the data: narrow the range or raise the period");
        }
        if (!series.points().isEmpty()) {
            view.put("summary", summary(series.points()));
            view.put("points", recent(series.points(), maxPoints, view));
        }
        return view;
    }

    private static Map<String, Object> summary(List<MetricSeries.Point> points) {
        DoubleSummaryStatistics stats =
                points.stream().mapToDouble(MetricSeries.Point::value).summaryStatistics();
        MetricSeries.Point peak = points.stream()
                .max((a, b) -> Double.compare(a.value(), b.value()))
                .orElseThrow();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("min", round(stats.getMin()));
        summary.put("max", round(stats.getMax()));
        summary.put("avg", round(stats.getAverage()));
        summary.put("first", round(points.getFirst().value()));
        summary.put("last", round(points.getLast().value()));
        summary.put("max_at", peak.at().toString());
        return summary;
    }

    private static List<List<Object>> recent(List<MetricSeries.Point> points, int max, Map<String, Object> view) {
        int from = Math.max(0, points.size() - max);
        if (from > 0) {
            view.put(
                    "truncated",
                    String.format(
                            Locale.ROOT,
                            "showing the last %d of %d points; pass max_points, a longer period or a shorter range",
                            max,
                            points.size()));
        }
        List<List<Object>> kept = new ArrayList<>();
        points.subList(from, points.size()).forEach(p -> kept.add(List.of(p.at().toString(), round(p.value()))));
        return kept;
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
