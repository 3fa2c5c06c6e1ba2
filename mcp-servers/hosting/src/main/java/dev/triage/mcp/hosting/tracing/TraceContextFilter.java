package dev.triage.mcp.hosting.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A server span per MCP request, in the caller's trace when the request carries W3C trace context
 * ({@code traceparent}). Tools run on the request's thread, so the tool call names this span ({@link ToolSpans}) and
 * the calls it makes to Kubernetes or AWS are client spans under it ({@link ClientSpans}).
 */
public final class TraceContextFilter extends OncePerRequestFilter {

    private static final TextMapGetter<HttpServletRequest> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpServletRequest request) {
            return Collections.list(request.getHeaderNames());
        }

        @Override
        public String get(HttpServletRequest request, String key) {
            return request == null ? null : request.getHeader(key);
        }
    };

    private final OpenTelemetry openTelemetry;
    private final Tracer tracer;
    private final String server;

    public TraceContextFilter(TraceExport export, String server) {
        this.openTelemetry = export.openTelemetry();
        this.tracer = export.tracer("dev.triage.mcp");
        this.server = server;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Context caller =
                openTelemetry.getPropagators().getTextMapPropagator().extract(Context.root(), request, HEADERS);
        Span span = tracer.spanBuilder("mcp " + request.getMethod())
                .setParent(caller)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute("mcp.server", server)
                .startSpan();
        ClientSpans clients = new ClientSpans(tracer, Context.current().with(span));
        try (Scope ignored = clients.context().makeCurrent()) {
            chain.doFilter(request, response);
            span.setAttribute("http.response.status_code", response.getStatus());
        } catch (IOException | ServletException | RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
            throw e;
        } finally {
            clients.requestEnded();
            span.end();
        }
    }
}
