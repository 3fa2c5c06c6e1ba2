package dev.triage.orchestrator.metrics;

import dev.triage.agents.InvestigationObservers;
import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.observation.InvestigationObserver;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The metrics capability's public face: counts and times what every investigation does, into Micrometer (exposed at
 * {@code /actuator/prometheus}, and CloudWatch when configured). Tags are agent, tier, server, tool and outcome
 * only, each from a fixed set: no ids, namespaces or free text.
 */
public final class InvestigationMetrics implements InvestigationObservers {

    static final String AGENT_INVOCATIONS = "triage.agent.invocations";
    static final String AGENT_LATENCY = "triage.agent.latency";
    static final String TOOL_INVOCATIONS = "triage.tool.invocations";
    static final String TOOL_ERRORS = "triage.tool.errors";
    static final String TOKEN_USAGE = "triage.model.tokens";
    static final String MODEL_CALLS = "triage.model.calls";
    static final String FALLBACKS = "triage.model.fallbacks";
    static final String INVESTIGATIONS = "triage.investigations";

    private final MeterRegistry registry;

    InvestigationMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public InvestigationObserver open(InvestigationRequest request) {
        return new MeteredInvestigation(registry, request.source().name().toLowerCase(java.util.Locale.ROOT));
    }
}
