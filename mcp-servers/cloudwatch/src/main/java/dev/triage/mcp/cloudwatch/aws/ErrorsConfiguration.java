package dev.triage.mcp.cloudwatch.aws;

import dev.triage.mcp.cloudwatch.logs.QueryWait;
import dev.triage.mcp.hosting.server.UpstreamErrors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The AWS settings (checked for unknown keys in every mode), the Logs Insights wait, and how failures read. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CloudWatchProperties.class)
class ErrorsConfiguration {

    @Bean
    QueryWait logsQueryWait(CloudWatchProperties properties) {
        return new QueryWait(properties.queryWait(), properties.queryPollInterval());
    }

    @Bean
    UpstreamErrors awsErrors(CloudWatchProperties properties) {
        return new AwsErrors(properties.apiCallTimeout());
    }
}
