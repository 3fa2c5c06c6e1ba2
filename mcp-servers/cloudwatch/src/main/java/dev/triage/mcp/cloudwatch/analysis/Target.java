package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.model.ResourceRef;
import java.util.Map;
import java.util.TreeMap;

/**
 * One thing whose series are read: a workload (Container Insights' {@code PodName}), a pod ({@code FullPodName})
 * or a node, with the exact dimension set its series carry.
 */
record Target(Kind kind, String namespace, String name, String pod, Map<String, String> dimensions) {

    enum Kind {
        WORKLOAD,
        POD,
        NODE
    }

    /**
     * The resource a finding names. Container Insights does not say what kind of workload {@code PodName} is;
     * Deployment, by far the commonest, lines the ids up with the EKS analyzers' for the same workload.
     */
    ResourceRef resource() {
        return kind == Kind.NODE ? new ResourceRef("Node", null, name) : new ResourceRef("Deployment", namespace, name);
    }

    /** How the target reads in a quote: the workload, pod or node name. */
    String label() {
        return kind == Kind.POD ? pod : name;
    }

    /** The series reference in evidence, exact enough to query again. */
    String ref(String metric) {
        return Metrics.NAMESPACE + " " + metric + " " + new TreeMap<>(dimensions) + " " + Metrics.statistic(metric)
                + " per minute";
    }
}
