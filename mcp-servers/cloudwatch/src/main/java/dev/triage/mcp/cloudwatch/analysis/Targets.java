package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.mcp.cloudwatch.metrics.MetricDescriptor;
import dev.triage.mcp.cloudwatch.metrics.MetricSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which series of one cluster exist for a scope, found through ListMetrics so that a query never names a series the source does
 * not have. Container Insights keeps one series per workload ({@code ClusterName, Namespace, PodName}), one per pod
 * (plus {@code FullPodName}) and one per node (with {@code NodeName}); the set is matched exactly, as CloudWatch
 * matches dimensions.
 */
final class Targets {

    private static final Set<String> WORKLOAD = Set.of("ClusterName", "Namespace", "PodName");
    private static final Set<String> POD = Set.of("ClusterName", "Namespace", "PodName", "FullPodName");

    private Targets() {}

    /**
     * Each target with the metrics it has, workloads (or pods) first, then nodes. A workload is read from its own
     * series when Container Insights publishes one, else from its pods' ({@code FullPodName}) series: clusters
     * differ in which they publish.
     */
    static Map<Target, List<String>> discover(MetricSource source, String cluster, Scope scope) {
        Map<String, String> filter = new TreeMap<>(Map.of("ClusterName", cluster));
        putIfPresent(filter, "Namespace", scope.namespace());
        putIfPresent(filter, "PodName", scope.workload());
        putIfPresent(filter, "FullPodName", scope.pod());
        return discover(source, cluster, scope, filter, name -> true);
    }

    /**
     * The targets of the workloads whose Container Insights name starts with {@code prefix-}: "pricing" finds
     * {@code pricing-api}, and a pod name published as {@code PodName} ({@code pricing-api-5f7d8c9b6-q2w8e}).
     */
    static Map<Target, List<String>> byPrefix(MetricSource source, String cluster, Scope scope) {
        Map<String, String> filter = new TreeMap<>(Map.of("ClusterName", cluster));
        putIfPresent(filter, "Namespace", scope.namespace());
        String prefix = scope.workload() + "-";
        Scope wider = new Scope(scope.namespace(), null, null);
        return discover(source, cluster, wider, filter, name -> name.startsWith(prefix));
    }

    private static Map<Target, List<String>> discover(
            MetricSource source, String cluster, Scope scope, Map<String, String> filter, Predicate<String> named) {
        Map<Target, List<String>> workloads = new TreeMap<>(Comparator.comparing(Targets::sortKey));
        Map<Target, List<String>> pods = new TreeMap<>(Comparator.comparing(Targets::sortKey));
        for (String metric : Metrics.POD) {
            for (MetricDescriptor d : source.listMetrics(Metrics.NAMESPACE, metric, filter)) {
                Set<String> keys = d.dimensions().keySet();
                if (!named.test(String.valueOf(d.dimensions().get("PodName")))) {
                    continue;
                }
                if (keys.equals(WORKLOAD) && scope.pod() == null) {
                    add(workloads, podTarget(d.dimensions()), metric);
                } else if (keys.equals(POD)) {
                    add(pods, podTarget(d.dimensions()), metric);
                }
            }
        }
        Set<String> published =
                workloads.keySet().stream().map(Targets::workloadKey).collect(Collectors.toSet());
        Map<Target, List<String>> targets = new TreeMap<>(Comparator.comparing(Targets::sortKey));
        targets.putAll(workloads);
        pods.forEach((pod, metrics) -> {
            if (!published.contains(workloadKey(pod))) {
                targets.put(pod, metrics);
            }
        });
        if (scope.coversNodes() && !targets.isEmpty()) {
            addNodes(source, cluster, targets);
        }
        return new LinkedHashMap<>(targets);
    }

    private static String workloadKey(Target target) {
        return target.namespace() + "/" + target.name();
    }

    private static void addNodes(MetricSource source, String cluster, Map<Target, List<String>> targets) {
        for (String metric : Metrics.NODE) {
            for (MetricDescriptor d : source.listMetrics(Metrics.NAMESPACE, metric, Map.of("ClusterName", cluster))) {
                if (d.dimensions().containsKey("NodeName")) {
                    Target node =
                            new Target(Target.Kind.NODE, null, d.dimensions().get("NodeName"), null, d.dimensions());
                    add(targets, node, metric);
                }
            }
        }
    }

    private static Target podTarget(Map<String, String> dimensions) {
        String pod = dimensions.get("FullPodName");
        return new Target(
                pod == null ? Target.Kind.WORKLOAD : Target.Kind.POD,
                dimensions.get("Namespace"),
                dimensions.get("PodName"),
                pod,
                dimensions);
    }

    private static void add(Map<Target, List<String>> targets, Target target, String metric) {
        targets.computeIfAbsent(target, t -> new ArrayList<>()).add(metric);
    }

    private static void putIfPresent(Map<String, String> filter, String name, String value) {
        if (value != null) {
            filter.put(name, value);
        }
    }

    private static String sortKey(Target target) {
        return target.kind().ordinal() + "/" + new TreeMap<>(target.dimensions());
    }
}
