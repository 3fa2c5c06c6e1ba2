package dev.triage.mcp.cloudwatch.metrics;

import dev.triage.mcp.hosting.validation.ArgumentRule;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import java.util.Map;

/** CloudWatch's own rules for the names a metric call carries (namespaces, metric names). */
public final class MetricNames {

    /** CloudWatch: 1-255 printable ASCII characters, not starting with ':'; e.g. ContainerInsights, AWS/EC2. */
    public static final ArgumentRule NAMESPACE = ArgumentRule.matching(
            "a CloudWatch namespace (at most 255 letters, digits and . - _ / # :, not starting with ':'), e.g."
                    + " ContainerInsights",
            255,
            "[A-Za-z0-9._/#-][A-Za-z0-9._/#:-]*");

    /** CloudWatch: 1-255 characters; ours: printable ASCII with no quotes, e.g. pod_cpu_utilization. */
    public static final ArgumentRule METRIC_NAME = ArgumentRule.matching(
            "a CloudWatch metric name (at most 255 letters, digits and . - _ / # :), e.g. pod_cpu_utilization",
            255,
            "[A-Za-z0-9._/#:-]+");

    /** EKS: a letter or digit, then letters, digits, '-' and '_', at most 100 characters. */
    public static final ArgumentRule CLUSTER_NAME = ArgumentRule.matching(
            "an EKS cluster name (at most 100 letters, digits, '-' and '_', starting with a letter or digit)",
            100,
            "[0-9A-Za-z][A-Za-z0-9_-]*");

    /** CloudWatch: 1-1024 characters; ours: no control characters, so a value stays one line wherever it is quoted. */
    public static final ArgumentRule DIMENSION_VALUE = ArgumentRule.matching(
            "a CloudWatch dimension value (at most 1024 characters, no control characters)",
            1024,
            "[^\\x00-\\x1f\\x7f]+");

    private static final Map<String, ArgumentRule> KUBERNETES_DIMENSIONS = Map.of(
            "ClusterName", CLUSTER_NAME,
            "Namespace", KubernetesNames.NAMESPACE,
            "ContainerName", KubernetesNames.CONTAINER,
            "PodName", KubernetesNames.OBJECT_NAME,
            "FullPodName", KubernetesNames.OBJECT_NAME,
            "NodeName", KubernetesNames.OBJECT_NAME,
            "Service", KubernetesNames.OBJECT_NAME);

    private MetricNames() {}

    /** The rule for a dimension's value: Container Insights' Kubernetes dimensions keep the API's name rules. */
    public static ArgumentRule dimension(String namespace, String dimension) {
        return QueryRules.CONTAINER_INSIGHTS.equals(namespace)
                ? KUBERNETES_DIMENSIONS.getOrDefault(dimension, DIMENSION_VALUE)
                : DIMENSION_VALUE;
    }
}
