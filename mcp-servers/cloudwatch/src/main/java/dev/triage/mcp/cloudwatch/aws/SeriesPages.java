package dev.triage.mcp.cloudwatch.aws;

import dev.triage.mcp.cloudwatch.metrics.MetricQuery;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;

/** Joins the pages of a GetMetricData answer: a query's points may be spread over several pages. */
final class SeriesPages {

    private final Map<String, MetricQuery> queries = new LinkedHashMap<>();
    private final Map<String, List<MetricSeries.Point>> points = new LinkedHashMap<>();
    private final Set<String> partial = new HashSet<>();

    SeriesPages(List<MetricQuery> queries) {
        queries.forEach(query -> {
            this.queries.put(query.id(), query);
            this.points.put(query.id(), new ArrayList<>());
        });
    }

    void add(List<MetricDataResult> results) {
        for (MetricDataResult result : results) {
            List<MetricSeries.Point> series = points.get(result.id());
            if (series == null) {
                continue;
            }
            for (int i = 0;
                    i < Math.min(result.timestamps().size(), result.values().size());
                    i++) {
                series.add(new MetricSeries.Point(
                        result.timestamps().get(i), result.values().get(i)));
            }
            // PartialData on a page means "more on the next page": only the last page read decides.
            if (result.statusCode() == StatusCode.PARTIAL_DATA) {
                partial.add(result.id());
            } else {
                partial.remove(result.id());
            }
        }
    }

    /** One series per query, in the queries' order; {@code cutShort} when pages were left unread. */
    List<MetricSeries> series(boolean cutShort) {
        return queries.values().stream()
                .map(query -> new MetricSeries(
                        query.id(),
                        query.metricName(),
                        query.dimensions(),
                        null,
                        sorted(points.get(query.id())),
                        cutShort || partial.contains(query.id())))
                .toList();
    }

    private static List<MetricSeries.Point> sorted(List<MetricSeries.Point> series) {
        return series.stream()
                .sorted(Comparator.comparing(MetricSeries.Point::at))
                .toList();
    }
}
