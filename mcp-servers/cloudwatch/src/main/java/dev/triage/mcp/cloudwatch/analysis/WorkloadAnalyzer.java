package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.mcp.cloudwatch.metrics.MetricQuery;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries;
import dev.triage.mcp.cloudwatch.metrics.MetricSource;
import dev.triage.model.Finding;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the key Container Insights series of a namespace, workload or pod (and, for a namespace, the cluster's
 * nodes) in one GetMetricData call at one-minute resolution, and turns what the rules see into findings quoting
 * the figures and the time each started.
 */
public final class WorkloadAnalyzer {

    static final Duration PERIOD = Duration.ofMinutes(1);
    /** Five series each keeps one call within GetMetricData's 500 metrics, nodes included. */
    static final int MAX_TARGETS = 80;

    private final MetricSource source;
    private final String cluster;

    /** @param cluster the Container Insights {@code ClusterName}: one account's metrics may hold several clusters */
    public WorkloadAnalyzer(MetricSource source, String cluster) {
        this.source = source;
        this.cluster = cluster;
    }

    public WorkloadAnalysis analyze(Scope scope, Instant start, Instant end) {
        List<String> notes = new ArrayList<>();
        List<Read> reads = new ArrayList<>();
        bounded(targets(scope, notes), notes)
                .forEach((target, metrics) -> metrics.forEach(m -> reads.add(new Read("m" + reads.size(), target, m))));
        Map<String, MetricSeries> answers = fetch(reads, start, end);
        List<Reading> readings = reads.stream()
                .map(read -> new Reading(read, answers.get(read.id())))
                .filter(Reading::hasPoints)
                .toList();
        readings.stream()
                .filter(r -> r.series().partial())
                .forEach(r -> notes.add(r.read().metric() + " "
                        + r.read().target().label() + ": the source returned part of the series"));
        return conclude(scope, start, end, readings, notes);
    }

    /** The scope's targets; a workload name with no series of its own widens to the workloads it prefixes. */
    private Map<Target, List<String>> targets(Scope scope, List<String> notes) {
        Map<Target, List<String>> targets = Targets.discover(source, cluster, scope);
        if (!targets.isEmpty() || scope.workload() == null) {
            return targets;
        }
        Map<Target, List<String>> prefixed = Targets.byPrefix(source, cluster, scope);
        if (!prefixed.isEmpty()) {
            notes.add("no series named '" + scope.workload() + "'; analyzed the workloads whose name starts with '"
                    + scope.workload() + "-': "
                    + String.join(
                            ", ",
                            prefixed.keySet().stream()
                                    .map(Target::label)
                                    .distinct()
                                    .toList()));
        }
        return prefixed;
    }

    private WorkloadAnalysis conclude(
            Scope scope, Instant start, Instant end, List<Reading> readings, List<String> notes) {
        Map<Target, Map<String, List<MetricSeries.Point>>> byTarget = new LinkedHashMap<>();
        readings.forEach(r -> byTarget.computeIfAbsent(r.read().target(), t -> new LinkedHashMap<>())
                .put(r.read().metric(), r.series().points()));
        List<Finding> findings = new ArrayList<>();
        List<String> leadUps = new ArrayList<>();
        byTarget.forEach((target, series) -> {
            List<Signal> signals = Rules.signals(target, series);
            List<Finding> found = FindingAssembly.findings(target, signals, Rules.trafficShifts(target, series));
            findings.addAll(found);
            leadUps.addAll(FindingAssembly.oomLeadUps(target, signals));
        });
        List<Finding> merged = FindingAssembly.perWorkload(findings);
        if (merged.stream().anyMatch(f -> "Deployment".equals(f.kind()))) {
            notes.add("Container Insights names workloads, not their kind: findings call each a Deployment.");
        }
        List<SeriesFigures> figures = readings.stream().map(Reading::figures).toList();
        return new WorkloadAnalysis(
                scope, start, end, figures, merged, leadUps.stream().distinct().toList(), notes);
    }

    private Map<String, MetricSeries> fetch(List<Read> reads, Instant start, Instant end) {
        if (reads.isEmpty()) {
            return Map.of();
        }
        List<MetricQuery> queries = reads.stream()
                .map(r -> new MetricQuery(
                        r.id(),
                        Metrics.NAMESPACE,
                        r.metric(),
                        r.target().dimensions(),
                        PERIOD,
                        Metrics.statistic(r.metric())))
                .toList();
        Map<String, MetricSeries> answers = new LinkedHashMap<>();
        source.getMetricData(queries, start, end).forEach(s -> answers.put(s.id(), s));
        return answers;
    }

    private static Map<Target, List<String>> bounded(Map<Target, List<String>> targets, List<String> notes) {
        if (targets.size() <= MAX_TARGETS) {
            return targets;
        }
        notes.add("analyzed the first " + MAX_TARGETS + " of " + targets.size()
                + " workloads and nodes; name a namespace or workload to see the others");
        Map<Target, List<String>> kept = new LinkedHashMap<>();
        targets.entrySet().stream().limit(MAX_TARGETS).forEach(e -> kept.put(e.getKey(), e.getValue()));
        return kept;
    }

    /** One series to read: the query id that brings it back, and whose and which metric it is. */
    private record Read(String id, Target target, String metric) {}

    /** A read and what came back for it. */
    private record Reading(Read read, MetricSeries series) {

        boolean hasPoints() {
            return series != null && !series.points().isEmpty();
        }

        SeriesFigures figures() {
            return SeriesFigures.of(read.target(), read.metric(), series.unit(), series.points());
        }
    }
}
