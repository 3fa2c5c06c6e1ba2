package dev.triage.orchestrator.metrics.cloudwatch;

import io.micrometer.cloudwatch2.CloudWatchConfig;
import io.micrometer.cloudwatch2.CloudWatchMeterRegistry;
import io.micrometer.core.instrument.Clock;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClient;
import software.amazon.awssdk.services.cloudwatch.CloudWatchAsyncClientBuilder;

/**
 * A CloudWatch meter registry beside Prometheus's when {@code triage.metrics.cloudwatch.namespace} is set (Spring
 * Boot then publishes to both through its composite registry); credentials from the default chain (IRSA, EKS Pod
 * Identity). Unset, nothing of this is built.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CloudWatchMetricsProperties.class)
public class CloudWatchMetricsConfiguration {

    static final String NAMESPACE = "triage.metrics.cloudwatch.namespace";

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(NAMESPACE)
    CloudWatchAsyncClient triageMetricsCloudWatch(CloudWatchMetricsProperties properties) {
        CloudWatchAsyncClientBuilder builder = CloudWatchAsyncClient.builder();
        if (properties.region() != null) {
            builder.region(Region.of(properties.region()));
        }
        if (properties.endpoint() != null) {
            builder.endpointOverride(properties.endpoint());
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnProperty(NAMESPACE)
    CloudWatchMeterRegistry cloudWatchMeterRegistry(
            CloudWatchMetricsProperties properties, CloudWatchAsyncClient triageMetricsCloudWatch) {
        CloudWatchMeterRegistry registry =
                new CloudWatchMeterRegistry(config(properties), Clock.SYSTEM, triageMetricsCloudWatch);
        registry.config().meterFilter(new SeedMetrics());
        return registry;
    }

    static CloudWatchConfig config(CloudWatchMetricsProperties properties) {
        return new CloudWatchConfig() {
            @Override
            public String get(String key) {
                return null;
            }

            @Override
            public String namespace() {
                return properties.namespace();
            }

            @Override
            public Duration step() {
                return properties.step();
            }
        };
    }
}
