package dev.triage.orchestrator.tracing;

import dev.triage.mcp.hosting.tracing.TraceExport;
import dev.triage.mcp.hosting.tracing.TracingProperties;
import dev.triage.orchestrator.feedback.FeedbackListener;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Traces investigations to LangFuse or an OTLP endpoint when {@code triage.tracing.*} says where; else nothing. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TracingProperties.class)
class TracingConfiguration {

    private static final Duration SCORE_BACKOFF = Duration.ofSeconds(1);

    @Bean(destroyMethod = "close")
    TraceExport triageTraceExport(TracingProperties properties) {
        return TraceExport.from(properties, "triage", InvestigationTraces::chosenTraceId);
    }

    @Bean(destroyMethod = "close")
    TraceScores traceScores(TracingProperties properties) {
        return TraceScores.from(properties, SCORE_BACKOFF);
    }

    @Bean
    InvestigationTraces investigationTraces(TraceExport export, TraceScores scores, TracingProperties properties) {
        return new InvestigationTraces(export, scores, properties.langfuseBase());
    }

    @Bean
    FeedbackListener feedbackScores(TraceScores scores) {
        return new FeedbackScores(scores);
    }
}
