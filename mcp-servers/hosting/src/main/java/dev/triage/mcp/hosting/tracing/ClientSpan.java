package dev.triage.mcp.hosting.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One call to Kubernetes or AWS ({@link ClientSpans#start}). It holds what the client sets (a method, a path, an
 * operation, never a body or a query) and its outcome; it ends once, on whichever thread reports the outcome first.
 */
public final class ClientSpan {

    private final Span span;
    private final Consumer<ClientSpan> onEnd;
    private final AtomicBoolean ended = new AtomicBoolean();

    ClientSpan(Span span, Consumer<ClientSpan> onEnd) {
        this.span = span;
        this.onEnd = onEnd;
    }

    /** The span's id (16 hex digits), as its {@code traceparent} header carries it. */
    public String spanId() {
        return span.getSpanContext().getSpanId();
    }

    /** Sets an attribute; a null value sets nothing. */
    public ClientSpan attribute(String key, String value) {
        if (value != null) {
            span.setAttribute(key, value);
        }
        return this;
    }

    public ClientSpan attribute(String key, long value) {
        span.setAttribute(key, value);
        return this;
    }

    /** Writes this span's W3C {@code traceparent} through {@code header}, so the server called can join the trace. */
    public void propagate(BiConsumer<String, String> header) {
        W3CTraceContextPropagator.getInstance()
                .inject(Context.root().with(span), header, (carrier, key, value) -> carrier.accept(key, value));
    }

    /** The server answered with {@code status}: an error from 400 on. */
    public void answered(int status) {
        if (claim()) {
            span.setAttribute("http.response.status_code", status);
            if (status >= 400) {
                span.setAttribute("error.type", Integer.toString(status));
                span.setStatus(StatusCode.ERROR);
            }
            end();
        }
    }

    /** The call failed: {@code errorType} names how (an error code or an exception class), never with its message. */
    public void failed(String errorType) {
        failed(errorType, errorType);
    }

    /** The request ended and the client never said how this call did. */
    void unanswered() {
        failed("unanswered", "no outcome reported before the MCP request ended");
    }

    private void failed(String errorType, String description) {
        if (claim()) {
            span.setAttribute("error.type", errorType);
            span.setStatus(StatusCode.ERROR, description);
            end();
        }
    }

    /** The first outcome reported wins: a late or second report changes nothing. */
    private boolean claim() {
        return ended.compareAndSet(false, true);
    }

    private void end() {
        span.end();
        onEnd.accept(this);
    }
}
