package dev.triage.mcp.cloudwatch.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the server reaches CloudWatch ({@code triage.cloudwatch.*}); unknown keys fail start-up.
 *
 * @param region the AWS region; the SDK's region chain (AWS_REGION, profile, instance metadata) when unset
 * @param clusterName the EKS cluster, the Container Insights {@code ClusterName} dimension
 * @param endpointOverride CloudWatch and CloudWatch Logs endpoint (VPC endpoints, tests)
 * @param logsEndpointOverride CloudWatch Logs endpoint when it differs from {@code endpointOverride}
 * @param apiCallTimeout the most one SDK call may take, retries included
 * @param apiCallAttemptTimeout the most one HTTP attempt may take
 * @param maxAttempts attempts per call, the first included (throttling is retried with backoff)
 * @param queryWait how long run_logs_insights_query and get_cloudwatch_logs wait for a query to finish
 * @param queryPollInterval how often a running Logs Insights query is polled
 */
@ConfigurationProperties(prefix = "triage.cloudwatch", ignoreUnknownFields = false)
public record CloudWatchProperties(
        String region,
        String clusterName,
        URI endpointOverride,
        URI logsEndpointOverride,
        @DefaultValue("20s") Duration apiCallTimeout,
        @DefaultValue("8s") Duration apiCallAttemptTimeout,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("30s") Duration queryWait,
        @DefaultValue("1s") Duration queryPollInterval) {

    public CloudWatchProperties {
        requirePositive("api-call-timeout", apiCallTimeout);
        requirePositive("api-call-attempt-timeout", apiCallAttemptTimeout);
        requirePositive("query-wait", queryWait);
        requirePositive("query-poll-interval", queryPollInterval);
        if (maxAttempts < 1 || maxAttempts > 10) {
            throw new IllegalArgumentException(
                    "triage.cloudwatch.max-attempts must be between 1 and 10, got " + maxAttempts);
        }
    }

    public Optional<String> configuredRegion() {
        return Optional.ofNullable(region).filter(name -> !name.isBlank());
    }

    public Optional<String> configuredClusterName() {
        return Optional.ofNullable(clusterName).filter(name -> !name.isBlank());
    }

    public Optional<URI> metricsEndpoint() {
        return Optional.ofNullable(endpointOverride);
    }

    public Optional<URI> logsEndpoint() {
        return Optional.ofNullable(logsEndpointOverride).or(this::metricsEndpoint);
    }

    private static void requirePositive(String key, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("triage.cloudwatch." + key + " must be positive, got " + value);
        }
    }
}
