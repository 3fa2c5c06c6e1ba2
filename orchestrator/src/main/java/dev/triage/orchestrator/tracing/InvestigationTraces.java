package dev.triage.orchestrator.tracing;

import dev.triage.agents.InvestigationObservers;
import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.mcp.hosting.tracing.TraceExport;
import dev.triage.model.InvestigationReport;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The tracing capability's public face: opens a trace per investigation when an exporter is configured, puts the
 * trace context on MCP requests, and stamps reports with their trace. With no exporter, it opens nothing.
 */
public final class InvestigationTraces implements InvestigationObservers {

    /** The trace id the next root span takes, bound only while an investigation's root span starts. */
    static final ScopedValue<String> CHOSEN_TRACE_ID = ScopedValue.newInstance();

    private final TraceExport export;
    private final TraceScores scores;
    private final Tracer tracer;
    private final Optional<String> langfuseBase;

    InvestigationTraces(TraceExport export, TraceScores scores, Optional<String> langfuseBase) {
        this.export = export;
        this.scores = scores;
        this.tracer = export.tracer("dev.triage.orchestrator");
        this.langfuseBase = langfuseBase;
    }

    static Optional<String> chosenTraceId() {
        return CHOSEN_TRACE_ID.isBound() ? Optional.of(CHOSEN_TRACE_ID.get()) : Optional.empty();
    }

    public boolean enabled() {
        return export.enabled();
    }

    @Override
    public InvestigationObserver open(InvestigationRequest request) {
        return export.enabled()
                ? new InvestigationTrace(tracer, scores, request, TraceIds.of(request.id()))
                : InvestigationObserver.NONE;
    }

    @Override
    public Map<String, String> requestHeaders() {
        if (!export.enabled() || !Span.current().getSpanContext().isValid()) {
            return Map.of();
        }
        Map<String, String> headers = new HashMap<>();
        export.openTelemetry()
                .getPropagators()
                .getTextMapPropagator()
                .inject(Context.current(), headers, (carrier, key, value) -> carrier.put(key, value));
        return headers;
    }

    /** The report with its trace id, and its LangFuse link when traces go to LangFuse; as it was with no tracing. */
    public InvestigationReport stamp(InvestigationReport report) {
        if (!export.enabled()) {
            return report;
        }
        String traceId = TraceIds.of(report.id());
        return report.withTrace(
                traceId, langfuseBase.map(base -> base + "/trace/" + traceId).orElse(null));
    }

    /** Sends the spans ended so far (tests and benchmarks). */
    public void flush() {
        export.flush();
    }
}
