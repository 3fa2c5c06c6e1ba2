package dev.triage.orchestrator.metrics;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.observation.ModelAttempt;
import dev.triage.agents.observation.ToolInvocation;
import dev.triage.model.InvestigationReport;
import dev.triage.model.ModelCall;
import dev.triage.model.ToolCall;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One investigation's observer for metrics: agents timed from start to end, calls counted as they end. */
final class MeteredInvestigation implements InvestigationObserver {

    private final MeterRegistry registry;
    private final String source;
    private final Map<String, Timer.Sample> agents = new ConcurrentHashMap<>();

    MeteredInvestigation(MeterRegistry registry, String source) {
        this.registry = registry;
        this.source = source;
    }

    @Override
    public void investigationFinished(InvestigationReport report) {
        counter(InvestigationMetrics.INVESTIGATIONS, "source", source, "status", "completed")
                .increment();
    }

    @Override
    public void investigationFailed(InvestigationReport report, String reason) {
        counter(InvestigationMetrics.INVESTIGATIONS, "source", source, "status", "failed")
                .increment();
    }

    @Override
    public void agentStarted(String agent, String reason) {
        agents.put(agent, Timer.start(registry));
    }

    @Override
    public void agentFinished(String agent) {
        agentEnded(agent, "ok");
    }

    @Override
    public void agentFailed(String agent, String reason) {
        agentEnded(agent, "failed");
    }

    @Override
    public void modelFinished(ModelAttempt attempt, ModelCall call, ChatResponse response) {
        modelCall(call);
    }

    @Override
    public void modelFailed(ModelAttempt attempt, ModelCall call) {
        modelCall(call);
    }

    @Override
    public void modelStarted(ModelAttempt attempt) {
        if (attempt.reason().startsWith("fallback after ")) {
            counter(InvestigationMetrics.FALLBACKS, "agent", attempt.agent(), "tier", attempt.tier())
                    .increment();
        }
    }

    @Override
    public void modelRouted(ModelCall decision) {
        modelCall(decision);
        if (decision.reason().startsWith("fallback after ")) {
            counter(InvestigationMetrics.FALLBACKS, "agent", decision.agent(), "tier", decision.tier())
                    .increment();
        }
    }

    @Override
    public void toolFinished(ToolInvocation invocation, ToolCall call, String resultText) {
        tool(call, "ok");
    }

    @Override
    public void toolFailed(ToolInvocation invocation, ToolCall call) {
        String outcome = call.outcome().startsWith("refused") ? "refused" : "error";
        tool(call, outcome);
        counter(InvestigationMetrics.TOOL_ERRORS, "server", call.server(), "tool", call.tool(), "outcome", outcome)
                .increment();
    }

    private void agentEnded(String agent, String outcome) {
        Timer.Sample sample = agents.remove(agent);
        if (sample != null) {
            sample.stop(Timer.builder(InvestigationMetrics.AGENT_LATENCY)
                    .description("Wall time of one agent's part of an investigation")
                    .tag("agent", agent)
                    .publishPercentileHistogram()
                    .register(registry));
        }
        counter(InvestigationMetrics.AGENT_INVOCATIONS, "agent", agent, "outcome", outcome)
                .increment();
    }

    private void modelCall(ModelCall call) {
        counter(InvestigationMetrics.MODEL_CALLS, "agent", call.agent(), "tier", call.tier(), "outcome", outcome(call))
                .increment();
        if (call.inputTokens() > 0) {
            counter(InvestigationMetrics.TOKEN_USAGE, "agent", call.agent(), "tier", call.tier(), "direction", "input")
                    .increment(call.inputTokens());
        }
        if (call.outputTokens() > 0) {
            counter(InvestigationMetrics.TOKEN_USAGE, "agent", call.agent(), "tier", call.tier(), "direction", "output")
                    .increment(call.outputTokens());
        }
    }

    private void tool(ToolCall call, String outcome) {
        counter(InvestigationMetrics.TOOL_INVOCATIONS, "server", call.server(), "tool", call.tool(), "outcome", outcome)
                .increment();
    }

    /** The outcome as one of a few words: the status code or the exception's class would make tags without end. */
    private static String outcome(ModelCall call) {
        String outcome = call.outcome();
        if (outcome.startsWith("http 5")) {
            return "http 5xx";
        }
        if (outcome.startsWith("http 4")) {
            return "http 4xx";
        }
        return switch (outcome) {
            case "ok", "timeout", "circuit open", "budget exhausted" -> outcome;
            default -> "error";
        };
    }

    private Counter counter(String name, String... tags) {
        return Counter.builder(name).tags(tags).register(registry);
    }
}
