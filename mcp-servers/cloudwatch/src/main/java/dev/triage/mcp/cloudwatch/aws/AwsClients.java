package dev.triage.mcp.cloudwatch.aws;

import java.net.URI;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.regions.providers.DefaultAwsRegionProviderChain;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/**
 * Builds the SDK clients the same way: region, credentials, endpoint override, timeouts, a bounded retry, and a client
 * span per call when the call serves a traced MCP request.
 */
final class AwsClients {

    private final CloudWatchProperties properties;
    private final AwsCredentialsProvider credentials;
    private final Region region;

    AwsClients(CloudWatchProperties properties, AwsCredentialsProvider credentials) {
        this.properties = properties;
        this.credentials = credentials;
        this.region = properties.configuredRegion().map(Region::of).orElseGet(AwsClients::regionFromChain);
    }

    Region region() {
        return region;
    }

    CloudWatchClient cloudWatch() {
        return configure(CloudWatchClient.builder(), properties.metricsEndpoint())
                .build();
    }

    CloudWatchLogsClient logs() {
        return configure(CloudWatchLogsClient.builder(), properties.logsEndpoint())
                .build();
    }

    private <B extends AwsClientBuilder<B, ?>> B configure(B builder, Optional<URI> endpoint) {
        endpoint.ifPresent(builder::endpointOverride);
        return builder.region(region).credentialsProvider(credentials).overrideConfiguration(overrides());
    }

    private ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .apiCallTimeout(properties.apiCallTimeout())
                .apiCallAttemptTimeout(properties.apiCallAttemptTimeout())
                .retryStrategy(AwsRetryStrategy.standardRetryStrategy().toBuilder()
                        .maxAttempts(properties.maxAttempts())
                        .build())
                .addExecutionInterceptor(new AwsCallSpans())
                .build();
    }

    private static Region regionFromChain() {
        try {
            return new DefaultAwsRegionProviderChain().getRegion();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "no AWS region: set triage.cloudwatch.region or AWS_REGION (" + e.getMessage() + ")", e);
        }
    }
}
