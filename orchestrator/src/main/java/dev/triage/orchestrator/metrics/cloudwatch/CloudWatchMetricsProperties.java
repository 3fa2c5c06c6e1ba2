package dev.triage.orchestrator.metrics.cloudwatch;

import java.net.URI;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The investigation metrics into CloudWatch too ({@code triage.metrics.cloudwatch.*}), when a namespace is set.
 *
 * @param namespace the CloudWatch namespace, such as {@code Triage}; unset means no CloudWatch export
 * @param region the AWS region; unset means the default chain's ({@code AWS_REGION}, the profile, the instance's)
 * @param endpoint CloudWatch's endpoint, for a VPC endpoint (or a test); unset means the region's
 * @param step how often a minute's worth of figures is sent (CloudWatch's resolution is a minute)
 */
@ConfigurationProperties(prefix = "triage.metrics.cloudwatch", ignoreUnknownFields = false)
public record CloudWatchMetricsProperties(
        String namespace,
        String region,
        URI endpoint,
        @DefaultValue("1m") Duration step) {

    /** CloudWatch's rule for a custom namespace; {@code AWS/} is reserved for AWS's own. */
    private static final Pattern NAMESPACE = Pattern.compile("[0-9A-Za-z.\\-_/#:]{1,255}");

    public CloudWatchMetricsProperties {
        if (namespace != null && (!NAMESPACE.matcher(namespace).matches() || namespace.startsWith("AWS/"))) {
            throw new IllegalArgumentException("triage.metrics.cloudwatch.namespace must be 1 to 255 of "
                    + "A-Z a-z 0-9 . - _ / # : and not start with AWS/ (reserved for AWS's own metrics)");
        }
        if (step == null || step.isNegative() || step.isZero()) {
            throw new IllegalArgumentException("triage.metrics.cloudwatch.step must be a positive duration");
        }
    }
}
