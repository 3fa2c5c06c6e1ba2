package dev.triage.mcp.hosting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class McpHostingPropertiesTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(McpHostingProperties.class)
    static class PropertiesOnly {}

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withUserConfiguration(PropertiesOnly.class);

    @Test
    void defaultsServeSensitiveReadsAndTakeOneMebibyte() {
        runner.run(context -> {
            McpHostingProperties properties = context.getBean(McpHostingProperties.class);
            assertThat(properties.sensitiveReads()).isTrue();
            assertThat(properties.maxRequestBytes().toBytes()).isEqualTo(1024 * 1024);
            assertThat(properties.allowedOrigins()).isEmpty();
            assertThat(properties.allowedHosts()).isEmpty();
        });
    }

    @Test
    void aMistypedKeyFailsStartUp() {
        runner.withPropertyValues("triage.mcp.sensitive-read=false")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void aRequestLimitOutOfRangeFailsStartUp() {
        runner.withPropertyValues("triage.mcp.max-request-bytes=10B").run(context -> assertThat(context)
                .getFailure()
                .rootCause()
                .hasMessageContaining("triage.mcp.max-request-bytes"));
    }
}
