package dev.triage.mcp.hosting.tracing;

import dev.triage.mcp.hosting.McpServerDescription;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Traces an MCP server's requests when {@code triage.tracing.*} names a destination; otherwise adds nothing. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TracingProperties.class)
public class McpTracingConfiguration {

    private static final String ENDPOINT = "/mcp";

    @Bean(destroyMethod = "close")
    TraceExport mcpTraceExport(TracingProperties properties, McpServerDescription description) {
        return TraceExport.from(properties, description.name(), Optional::empty);
    }

    @Bean
    FilterRegistrationBean<TraceContextFilter> mcpTraceFilter(TraceExport export, McpServerDescription description) {
        var registration = new FilterRegistrationBean<>(new TraceContextFilter(export, description.name()));
        registration.addUrlPatterns(ENDPOINT);
        // Before the MCP filter, so a refused request is traced too.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setEnabled(export.enabled());
        return registration;
    }
}
