package dev.triage.orchestrator.tracing;

import dev.triage.mcp.hosting.tracing.TraceExport;
import dev.triage.mcp.hosting.tracing.TracingProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Traces investigations to LangFuse or an OTLP endpoint when {@code triage.tracing.*} says where; else nothing. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TracingProperties.class)
class TracingConfiguration {

    @Bean(destroyMethod = "close")
    TraceExport triageTraceExport(TracingProperties properties) {
        return TraceExport.from(properties, "triage", InvestigationTraces::chosenTraceId);
    }

    @Bean
    InvestigationTraces investigationTraces(TraceExport export, TracingProperties properties) {
        return new InvestigationTraces(export, properties.langfuseBase());
    }
}
