package dev.triage.orchestrator.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How investigations run and stream ({@code triage.investigations.*}).
 *
 * @param concurrency investigations run at once
 * @param queueCapacity investigations that may wait for a runner; beyond it, new ones are refused with 503
 * @param streamTimeout how long one progress stream (SSE) may stay open
 */
@ConfigurationProperties(prefix = "triage.investigations", ignoreUnknownFields = false)
public record InvestigationsProperties(
        @DefaultValue("4") int concurrency,
        @DefaultValue("50") int queueCapacity,
        @DefaultValue("30m") Duration streamTimeout) {

    public InvestigationsProperties {
        if (concurrency < 1 || concurrency > 256) {
            throw new IllegalArgumentException(
                    "triage.investigations.concurrency must be between 1 and 256, was " + concurrency);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException(
                    "triage.investigations.queue-capacity must be at least 1, was " + queueCapacity);
        }
        if (streamTimeout.isNegative() || streamTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "triage.investigations.stream-timeout must be positive, was " + streamTimeout);
        }
    }
}
