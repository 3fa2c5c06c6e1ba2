package dev.triage.mcp.hosting.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;

/**
 * Names the request's span after the tool it runs and records the outcome; the arguments are not recorded (the
 * caller records them, redacted). A no-op when tracing is off.
 */
public final class ToolSpans {

    private ToolSpans() {}

    public static void calling(String tool) {
        Span span = Span.current();
        span.updateName("tools/call " + tool);
        span.setAttribute("mcp.tool.name", tool);
    }

    public static void ended(boolean ok) {
        Span span = Span.current();
        span.setAttribute("mcp.tool.outcome", ok ? "ok" : "error");
        if (!ok) {
            span.setStatus(StatusCode.ERROR, "tool returned an error");
        }
    }
}
