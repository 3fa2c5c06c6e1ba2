package dev.triage.orchestrator.tracing;

import dev.langchain4j.model.chat.response.ChatResponse;
import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.observation.Exchanges;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.observation.ModelAttempt;
import dev.triage.agents.observation.ToolInvocation;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.ModelCall;
import dev.triage.model.ToolCall;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One investigation as one trace, in LangFuse's terms: the investigation is the trace's root span, each agent a
 * span under it, each model attempt a generation and each tool call a tool span under its agent. Everything put on
 * a span is redacted first; prompts and results are bounded.
 */
final class InvestigationTrace implements InvestigationObserver {

    private static final String TYPE = "langfuse.observation.type";
    private static final String INPUT = "langfuse.observation.input";
    private static final String OUTPUT = "langfuse.observation.output";

    private record Open(Span span, Scope scope) {}

    static final String GROUNDED_SCORE = "grounded-claims";

    private final Tracer tracer;
    private final TraceScores scores;
    private final InvestigationRequest request;
    private final String traceId;
    private final AtomicInteger claimed = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();
    private final Map<String, Span> agents = new ConcurrentHashMap<>();
    private final Map<ModelAttempt, Span> models = new ConcurrentHashMap<>();
    private final Map<ToolInvocation, Open> tools = new ConcurrentHashMap<>();
    private volatile Span root = Span.getInvalid();

    InvestigationTrace(Tracer tracer, TraceScores scores, InvestigationRequest request, String traceId) {
        this.tracer = tracer;
        this.scores = scores;
        this.request = request;
        this.traceId = traceId;
    }

    @Override
    public void investigationStarted() {
        root = ScopedValue.where(InvestigationTraces.CHOSEN_TRACE_ID, traceId)
                .call(() -> tracer.spanBuilder("investigation")
                        .setNoParent()
                        .setSpanKind(SpanKind.INTERNAL)
                        .setAllAttributes(TraceAttributes.of(request))
                        .startSpan());
        LogContext.enter(root);
    }

    @Override
    public void investigationFinished(InvestigationReport report) {
        ended(report, null);
    }

    @Override
    public void investigationFailed(InvestigationReport report, String reason) {
        ended(report, reason);
    }

    @Override
    public void claimsGrounded(int claimedNow, int keptNow) {
        claimed.addAndGet(claimedNow);
        kept.addAndGet(keptNow);
    }

    /** The share of model claims that survived grounding; 1.0 when no model claimed anything (the rules tier). */
    private void ended(InvestigationReport report, String failure) {
        double grounded = claimed.get() == 0 ? 1.0 : (double) kept.get() / claimed.get();
        root.setAttribute("triage.grounded_claims", grounded);
        end(root, report, failure);
        LogContext.leave();
        scores.post(traceId, GROUNDED_SCORE, grounded, kept.get() + " of " + claimed.get() + " model claims kept");
    }

    @Override
    public void agentStarted(String agent, String reason) {
        Span span = child(root, "agent " + agent)
                .setAttribute(TYPE, "agent")
                .setAttribute("triage.agent", agent)
                .setAttribute("triage.route.reason", SpanText.of(reason))
                .startSpan();
        agents.put(agent, span);
        LogContext.enter(span);
    }

    @Override
    public void agentFinished(String agent) {
        Span span = agents.remove(agent);
        if (span != null) {
            span.end();
            LogContext.enter(root);
        }
    }

    @Override
    public void agentFailed(String agent, String reason) {
        Span span = agents.remove(agent);
        if (span != null) {
            failed(span, reason);
            span.end();
            LogContext.enter(root);
        }
    }

    @Override
    public void modelStarted(ModelAttempt attempt) {
        Span span = child(agentSpan(attempt.agent()), "generation " + attempt.agent() + " " + attempt.tier())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(TYPE, "generation")
                .setAttribute("gen_ai.system", system(attempt.tier()))
                .setAttribute("gen_ai.request.model", attempt.model())
                .setAttribute("langfuse.observation.model.name", attempt.model())
                .setAttribute("triage.model.tier", attempt.tier())
                .setAttribute("triage.model.reason", SpanText.of(attempt.reason()))
                .setAttribute(INPUT, Exchanges.input(attempt.request(), SpanText.MAX_CHARS))
                .startSpan();
        if (attempt.reason().startsWith("fallback") || attempt.reason().startsWith("retry")) {
            span.addEvent(
                    attempt.reason().startsWith("fallback") ? "fallback" : "retry",
                    Attributes.of(AttributeKey.stringKey("triage.model.reason"), SpanText.of(attempt.reason())));
        }
        models.put(attempt, span);
    }

    @Override
    public void modelFinished(ModelAttempt attempt, ModelCall call, ChatResponse response) {
        Span span = models.remove(attempt);
        if (span != null) {
            usage(span, call).setAttribute(OUTPUT, Exchanges.output(response, SpanText.MAX_CHARS));
            span.end();
        }
    }

    @Override
    public void modelFailed(ModelAttempt attempt, ModelCall call) {
        Span span = models.remove(attempt);
        if (span != null) {
            failed(usage(span, call), call.outcome());
            span.end();
        }
    }

    @Override
    public void modelRouted(ModelCall decision) {
        agentSpan(decision.agent())
                .addEvent(
                        "model routed",
                        Attributes.builder()
                                .put("triage.model.tier", decision.tier())
                                .put("triage.model.reason", SpanText.of(decision.reason()))
                                .put("triage.model.outcome", decision.outcome())
                                .build());
    }

    @Override
    public void toolStarted(ToolInvocation invocation) {
        Span span = child(agentSpan(invocation.agent()), "tool " + invocation.server() + "/" + invocation.tool())
                .setSpanKind(SpanKind.CLIENT)
                .setAttribute(TYPE, "tool")
                .setAttribute("mcp.server", invocation.server())
                .setAttribute("mcp.tool.name", invocation.tool())
                .setAttribute(INPUT, SpanText.redacted(invocation.arguments()))
                .startSpan();
        // Current on the calling thread while the call runs, so the MCP request carries this span's context.
        tools.put(invocation, new Open(span, span.makeCurrent()));
    }

    @Override
    public void toolFinished(ToolInvocation invocation, ToolCall call, String resultText) {
        Open open = tools.remove(invocation);
        if (open != null) {
            open.span()
                    .setAttribute("mcp.tool.outcome", call.outcome())
                    .setAttribute("mcp.tool.result_bytes", SpanText.utf8Length(resultText))
                    .setAttribute(OUTPUT, SpanText.redacted(resultText));
            close(open);
        }
    }

    @Override
    public void toolFailed(ToolInvocation invocation, ToolCall call) {
        Open open = tools.remove(invocation);
        if (open != null) {
            open.span().setAttribute("mcp.tool.outcome", SpanText.redacted(call.outcome()));
            failed(open.span(), call.outcome());
            close(open);
        }
    }

    @Override
    public void findingReported(Finding finding) {
        root.addEvent(
                "finding",
                Attributes.builder()
                        .put("triage.finding.id", finding.id())
                        .put("triage.finding.category", finding.category().name())
                        .build());
    }

    @Override
    public void note(String note) {
        root.addEvent("note", Attributes.of(AttributeKey.stringKey("triage.note"), SpanText.redacted(note)));
    }

    private io.opentelemetry.api.trace.SpanBuilder child(Span parent, String name) {
        return tracer.spanBuilder(name).setParent(Context.root().with(parent));
    }

    private Span agentSpan(String agent) {
        Span span = agent == null ? null : agents.get(agent);
        return span == null ? root : span;
    }

    private static Span usage(Span span, ModelCall call) {
        return span.setAttribute("gen_ai.usage.input_tokens", (long) call.inputTokens())
                .setAttribute("gen_ai.usage.output_tokens", (long) call.outputTokens())
                .setAttribute("triage.model.outcome", call.outcome());
    }

    private static void failed(Span span, String reason) {
        String message = SpanText.of(reason);
        span.setStatus(StatusCode.ERROR, message)
                .setAttribute("langfuse.observation.level", "ERROR")
                .setAttribute("langfuse.observation.status_message", message);
    }

    private static void close(Open open) {
        open.scope().close();
        open.span().end();
    }

    private static void end(Span root, InvestigationReport report, String failure) {
        root.setAttribute("langfuse.trace.output", SpanText.of(report.summary()))
                .setAttribute("triage.status", report.status().name())
                .setAttribute("triage.findings", (long) report.findings().size());
        if (failure != null) {
            failed(root, failure);
        }
        root.end();
    }

    private static String system(String tier) {
        return switch (tier.toLowerCase(Locale.ROOT)) {
            case "bedrock" -> "aws.bedrock";
            case "vllm" -> "vllm";
            default -> tier;
        };
    }

    static List<String> tags(InvestigationRequest request) {
        return List.of("source:" + request.source().name().toLowerCase(Locale.ROOT), "cluster:" + request.cluster());
    }
}
