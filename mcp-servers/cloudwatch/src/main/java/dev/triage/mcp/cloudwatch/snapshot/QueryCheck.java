package dev.triage.mcp.cloudwatch.snapshot;

import dev.triage.mcp.cloudwatch.metrics.MetricQuery;
import dev.triage.mcp.cloudwatch.metrics.MetricQueryException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Mistakes CloudWatch would answer with a silently empty series, said instead as errors a caller can fix: a metric
 * the snapshot never recorded, a dimension name none of the metric's series carries, a period CloudWatch refuses.
 * A known name with a value that matches nothing (a pod's full name given as {@code PodName}) still comes back
 * empty, as it does from CloudWatch.
 */
final class QueryCheck {

    private QueryCheck() {}

    /** The recorded series of the query's metric, after checking the query's period and dimension names. */
    static List<RecordedSeries> seriesOf(List<RecordedSeries> all, MetricQuery query) {
        checkPeriod(query);
        List<RecordedSeries> ofMetric = all.stream()
                .filter(s -> s.namespace().equals(query.namespace())
                        && s.metricName().equals(query.metricName()))
                .toList();
        if (ofMetric.isEmpty()) {
            throw new MetricQueryException("unknown metric '" + query.metricName() + "' in namespace '"
                    + query.namespace() + "'" + known(all, query.namespace()));
        }
        Set<String> names = ofMetric.stream()
                .flatMap(s -> s.dimensions().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> unknown = new TreeSet<>(query.dimensions().keySet());
        unknown.removeAll(names);
        if (!unknown.isEmpty()) {
            throw new MetricQueryException("metric '" + query.metricName() + "' has no dimension " + unknown
                    + "; its dimensions are " + names);
        }
        return ofMetric;
    }

    private static void checkPeriod(MetricQuery query) {
        Duration period = query.period();
        if (period == null || period.toSeconds() < 60 || period.toSeconds() % 60 != 0) {
            throw new MetricQueryException("query '" + query.id() + "': the period must be a whole number of "
                    + "minutes (60, 300, 3600 seconds...), got "
                    + (period == null ? "none" : period.toSeconds() + " seconds"));
        }
    }

    private static String known(List<RecordedSeries> all, String namespace) {
        Set<String> names = all.stream()
                .filter(s -> s.namespace().equals(namespace))
                .map(RecordedSeries::metricName)
                .collect(Collectors.toCollection(TreeSet::new));
        return names.isEmpty() ? "; the snapshot has no metrics in that namespace" : "; known metrics: " + names;
    }
}
