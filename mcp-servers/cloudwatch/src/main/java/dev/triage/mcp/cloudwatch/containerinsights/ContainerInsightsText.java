package dev.triage.mcp.cloudwatch.containerinsights;

import dev.triage.mcp.cloudwatch.metrics.MetricNames;
import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the Container Insights tools tell the router and the models, and the arguments they take. */
final class ContainerInsightsText {

    static final String METRICS = """
            Get a Container Insights metric for one Kubernetes resource of the cluster: resource_type cluster, \
            node, namespace, service, pod (resource_name is the WORKLOAD name, e.g. cart, as Container Insights' \
            PodName; a full pod name is tried as FullPodName) or container (with pod_name = its workload). The \
            exact CloudWatch dimensions are worked out for you. Key metrics: \
            pod_cpu_utilization_over_pod_limit and pod_memory_utilization_over_pod_limit (% of the pod's own \
            limit: saturation), pod_number_of_container_restarts, pod_network_rx_bytes, node_cpu_utilization, \
            node_memory_utilization. Answers a summary (min, max, avg, last, when the max was) and the recent \
            points over the last `minutes` (default 15) or start_time..end_time.""";

    static final String GUIDANCE = """
            Reference for Container Insights on EKS: which metrics exist per resource type (cluster, node, pod, \
            container, namespace, service), their dimensions, and the traps (PodName is the workload name; \
            pod_memory_utilization is against node memory, *_over_pod_limit against the pod's limit; node \
            series need InstanceId). Read it before building queries by hand.""";

    private ContainerInsightsText() {}

    static InputSchema metricsSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("resource_type", string("cluster, node, namespace, service, pod or container"));
        properties.put("resource_name", string("the node, service, workload (pod) or container name; not for cluster"));
        properties.put("namespace", string("the Kubernetes namespace (for namespace, service, pod, container)"));
        properties.put("pod_name", string("for a container: the workload it belongs to"));
        properties.put("metric_name", string("e.g. pod_cpu_utilization_over_pod_limit"));
        properties.put("minutes", integer("how far back from now (default 15)", 10_080));
        properties.put("start_time", string("RFC3339 or relative (-3h); overrides minutes"));
        properties.put("end_time", string("RFC3339, 'now' or relative (default now)"));
        properties.put("period", integer("seconds per point, a multiple of 60 (default 60)", 86_400));
        properties.put("statistic", string("Average (default), Maximum, Minimum, Sum, SampleCount, p50, p90, p99..."));
        properties.put("limit", integer("the most recent points shown (default 60)", 1_440));
        return new InputSchema(
                properties,
                List.of("resource_type", "metric_name"),
                Map.of(
                        "resource_name", KubernetesNames.OBJECT_NAME,
                        "namespace", KubernetesNames.NAMESPACE,
                        "pod_name", KubernetesNames.OBJECT_NAME,
                        "metric_name", MetricNames.METRIC_NAME));
    }

    static InputSchema guidanceSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("resource_type", string("cluster, node, pod, container, namespace, service, or all (default)"));
        return new InputSchema(properties, List.of());
    }

    private static Map<String, Object> string(String description) {
        return Map.of("type", "string", "minLength", 1, "description", description);
    }

    private static Map<String, Object> integer(String description, long maximum) {
        return Map.of("type", "integer", "minimum", 1, "maximum", maximum, "description", description);
    }
}
