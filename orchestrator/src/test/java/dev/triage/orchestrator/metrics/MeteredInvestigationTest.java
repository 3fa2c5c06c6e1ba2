package dev.triage.orchestrator.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.observation.ModelAttempt;
import dev.triage.agents.observation.ToolInvocation;
import dev.triage.agents.routing.RequestSource;
import dev.triage.model.ModelCall;
import dev.triage.model.ToolCall;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What one investigation's events make of the meters: counts, tokens, fallbacks, and tags from fixed sets. */
class MeteredInvestigationTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final InvestigationObserver observer = new InvestigationMetrics(registry)
            .open(new InvestigationRequest("inv-1", "q", "demo", "shop", RequestSource.API, null, null));

    @Test
    void aFailedToolAFallbackAndTokensAreCountedWithBoundedTags() {
        observer.agentStarted("diagnostic", "asked");
        ToolInvocation logs = new ToolInvocation("diagnostic", "eks", "pod_logs", "{}");
        observer.toolStarted(logs);
        observer.toolFailed(logs, new ToolCall("eks", "pod_logs", "{}", "error: pod cart-7f9 not found", 3));
        ModelAttempt bedrock = new ModelAttempt("diagnostic", "bedrock", "m", "default tier", null);
        observer.modelStarted(bedrock);
        observer.modelFailed(bedrock, new ModelCall("diagnostic", "bedrock", "m", "default tier", 0, 0, 9, "http 503"));
        ModelAttempt vllm = new ModelAttempt("diagnostic", "vllm", "q", "fallback after bedrock: http 503", null);
        observer.modelStarted(vllm);
        observer.modelFinished(
                vllm,
                new ModelCall("diagnostic", "vllm", "q", "fallback after bedrock: http 503", 120, 30, 5, "ok"),
                null);
        observer.agentFinished("diagnostic");

        assertThat(count("triage.tool.errors")).isEqualTo(1);
        assertThat(registry.get("triage.tool.invocations")
                        .tag("outcome", "error")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("triage.model.calls")
                        .tag("outcome", "http 5xx")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("triage.model.fallbacks")
                        .tag("tier", "vllm")
                        .counter()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("triage.model.tokens")
                        .tag("direction", "input")
                        .counter()
                        .count())
                .isEqualTo(120);
        assertThat(registry.get("triage.model.tokens")
                        .tag("direction", "output")
                        .counter()
                        .count())
                .isEqualTo(30);
        assertThat(registry.get("triage.agent.latency")
                        .tag("agent", "diagnostic")
                        .timer()
                        .count())
                .isEqualTo(1);
        assertThat(registry.get("triage.agent.invocations")
                        .tag("outcome", "ok")
                        .counter()
                        .count())
                .isEqualTo(1);
        List<String> tagKeys = registry.getMeters().stream()
                .flatMap(meter -> meter.getId().getTags().stream())
                .map(tag -> tag.getKey())
                .distinct()
                .toList();
        assertThat(tagKeys).containsOnly("agent", "tier", "server", "tool", "outcome", "direction");
        assertThat(registry.getMeters().stream().map(Meter::getId).flatMap(id -> id.getTags().stream()))
                .noneSatisfy(tag -> assertThat(tag.getValue()).contains("cart-7f9"));
    }

    private double count(String name) {
        return registry.get(name).counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }
}
