package dev.triage.mcp.cloudwatch.aws;

import dev.triage.mcp.cloudwatch.logs.LogSource;
import dev.triage.mcp.cloudwatch.metrics.MetricSource;
import dev.triage.mcp.cloudwatch.source.AwsMode;
import dev.triage.mcp.cloudwatch.source.DataSource;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/**
 * CloudWatch and CloudWatch Logs through the SDK, when no snapshot is configured. Credentials come from the default
 * chain (environment, web identity for IRSA through STS, EKS Pod Identity, profile, instance role) unless the
 * application registers its own {@link AwsCredentialsProvider}.
 */
@Configuration(proxyBeanMethods = false)
@AwsMode
class AwsConfiguration {

    @Bean
    AwsClients awsClients(CloudWatchProperties properties, ObjectProvider<AwsCredentialsProvider> credentials) {
        return new AwsClients(properties, credentials.getIfAvailable(() -> DefaultCredentialsProvider.builder()
                .build()));
    }

    @Bean(destroyMethod = "close")
    CloudWatchClient cloudWatchClient(AwsClients clients) {
        return clients.cloudWatch();
    }

    @Bean(destroyMethod = "close")
    CloudWatchLogsClient cloudWatchLogsClient(AwsClients clients) {
        return clients.logs();
    }

    @Bean
    MetricSource awsMetricSource(CloudWatchClient client, AwsClients clients) {
        return new AwsMetricSource(client, "CloudWatch " + clients.region().id());
    }

    @Bean
    LogSource awsLogSource(CloudWatchLogsClient client, AwsClients clients) {
        return new AwsLogSource(client, "CloudWatch Logs " + clients.region().id());
    }

    @Bean
    DataSource awsDataSource(CloudWatchProperties properties) {
        String cluster = properties
                .configuredClusterName()
                .orElseThrow(() -> new IllegalStateException(
                        "set triage.cloudwatch.cluster-name to the EKS cluster's name (the Container Insights "
                                + "ClusterName), or triage.snapshot to serve a snapshot"));
        return new DataSource(cluster, Clock.systemUTC());
    }
}
