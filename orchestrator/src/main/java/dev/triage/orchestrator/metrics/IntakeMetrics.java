package dev.triage.orchestrator.metrics;

import dev.triage.agents.routing.RequestSource;
import dev.triage.model.InvestigationStatus;
import dev.triage.orchestrator.store.InvestigationStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Set;

/**
 * The intake's side of the metrics: alerts received by webhook and what became of each ({@code triage.alerts}), and
 * the durable queue's depth ({@code triage.investigations.queued}, {@code .running}: every replica's, read from the
 * store when scraped). Tags are the source and the outcome, each from a fixed set.
 */
public final class IntakeMetrics {

    static final String ALERTS = "triage.alerts";
    static final String QUEUED = "triage.investigations.queued";
    static final String RUNNING = "triage.investigations.running";

    private static final Set<String> OUTCOMES = Set.of("started", "duplicate", "resolved", "unknown", "rejected");

    private final MeterRegistry registry;

    IntakeMetrics(MeterRegistry registry, InvestigationStore store) {
        this.registry = registry;
        Gauge.builder(QUEUED, store, s -> s.count(InvestigationStatus.QUEUED))
                .description("Investigations waiting for a runner, on every replica")
                .register(registry);
        Gauge.builder(RUNNING, store, s -> s.count(InvestigationStatus.RUNNING))
                .description("Investigations being run, on every replica")
                .register(registry);
    }

    /** One alert from {@code source} was {@code outcome}: started, duplicate, resolved, unknown or rejected. */
    public void alert(RequestSource source, String outcome) {
        Counter.builder(ALERTS)
                .description("Alerts received by the webhooks, by what became of each")
                .tag("source", source.name().toLowerCase(Locale.ROOT))
                .tag("outcome", OUTCOMES.contains(outcome) ? outcome : "other")
                .register(registry)
                .increment();
    }
}
