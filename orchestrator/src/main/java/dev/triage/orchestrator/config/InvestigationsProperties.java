package dev.triage.orchestrator.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How investigations run and stream ({@code triage.investigations.*}).
 *
 * @param concurrency investigations run at once
 * @param maxAttempts how many times an investigation is started before it is given up as FAILED: a run cut short by
 *     a crash or a restart is run again from the start, until this many attempts have been made
 * @param streamTimeout how long one progress stream (SSE) may stay open
 * @param maxStreamsPerClient progress streams one client (token subject, else address) may hold open at once;
 *     beyond it a new one is refused with 429
 * @param lease how long a running investigation whose process stopped heartbeating stays RUNNING before any replica
 *     marks it FAILED; heartbeats go every sixth of it, and the sweep for stale ones every half
 */
@ConfigurationProperties(prefix = "triage.investigations", ignoreUnknownFields = false)
public record InvestigationsProperties(
        @DefaultValue("4") int concurrency,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("30m") Duration streamTimeout,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("16") int maxStreamsPerClient) {

    // Heartbeats every sixth of the lease: shorter would mostly load the database.
    private static final Duration MIN_LEASE = Duration.ofSeconds(1);

    public InvestigationsProperties {
        if (concurrency < 1 || concurrency > 256) {
            throw new IllegalArgumentException(
                    "triage.investigations.concurrency must be between 1 and 256, was " + concurrency);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "triage.investigations.max-attempts must be at least 1, was " + maxAttempts);
        }
        if (streamTimeout.isNegative() || streamTimeout.isZero()) {
            throw new IllegalArgumentException(
                    "triage.investigations.stream-timeout must be positive, was " + streamTimeout);
        }
        if (maxStreamsPerClient < 1) {
            throw new IllegalArgumentException(
                    "triage.investigations.max-streams-per-client must be at least 1, was " + maxStreamsPerClient);
        }
        if (lease.compareTo(MIN_LEASE) < 0) {
            throw new IllegalArgumentException(
                    "triage.investigations.lease must be at least " + MIN_LEASE.toSeconds() + "s, was " + lease);
        }
    }
}
