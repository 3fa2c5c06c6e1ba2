package dev.triage.mcp.cloudwatch.analysis;

/**
 * What to analyze: the whole cluster (no namespace), a namespace, one workload (Container Insights' {@code PodName})
 * or one pod (its {@code FullPodName}).
 */
public record Scope(String namespace, String workload, String pod) {

    public static Scope namespace(String namespace) {
        return new Scope(namespace, null, null);
    }

    public static Scope workload(String namespace, String workload) {
        return new Scope(namespace, workload, null);
    }

    /** Nodes are analyzed with a namespace or the cluster: a workload's series do not say which nodes it ran on. */
    boolean coversNodes() {
        return workload == null && pod == null;
    }

    @Override
    public String toString() {
        String in = namespace == null ? "" : namespace + "/";
        if (pod != null) {
            return "pod " + in + pod;
        }
        if (workload != null) {
            return "workload " + in + workload;
        }
        return namespace == null ? "the whole cluster" : "namespace " + namespace;
    }
}
