package dev.triage.orchestrator.tracing;

import io.opentelemetry.api.trace.Span;
import org.slf4j.MDC;

/**
 * The trace and span ids in the logging context ({@code traceId}, {@code spanId}) of the thread doing an
 * investigation's work, so its log lines (and JSON logs) name the span they belong to.
 */
final class LogContext {

    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private LogContext() {}

    static void enter(Span span) {
        MDC.put(TRACE_ID, span.getSpanContext().getTraceId());
        MDC.put(SPAN_ID, span.getSpanContext().getSpanId());
    }

    static void leave() {
        MDC.remove(TRACE_ID);
        MDC.remove(SPAN_ID);
    }
}
