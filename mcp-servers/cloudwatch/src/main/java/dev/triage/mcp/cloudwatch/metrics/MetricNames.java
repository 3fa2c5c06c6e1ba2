package dev.triage.mcp.cloudwatch.metrics;

import dev.triage.mcp.hosting.validation.ArgumentRule;

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

    private MetricNames() {}
}
