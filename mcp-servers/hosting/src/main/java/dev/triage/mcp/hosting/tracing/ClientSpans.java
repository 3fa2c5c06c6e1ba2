package dev.triage.mcp.hosting.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The client spans of one traced MCP request: a span per call its tool makes to Kubernetes or AWS. Clients report a
 * call's end on their own threads, and for some failures never (fabric8 reports no connection failure on its last
 * attempt): spans still open when the request ends are ended then, as unanswered, so none is lost or kept.
 * Outside a traced request (tracing off, a CLI command) the context holds none and {@link #current()} is one lookup.
 */
public final class ClientSpans {

    private static final ContextKey<ClientSpans> KEY = ContextKey.named("triage.mcp.client-spans");

    private final Tracer tracer;
    private final Context serving;
    private final Set<ClientSpan> open = ConcurrentHashMap.newKeySet();
    private final Queue<Runnable> atEnd = new ConcurrentLinkedQueue<>();

    ClientSpans(Tracer tracer, Context serving) {
        this.tracer = tracer;
        this.serving = serving.with(KEY, this);
    }

    /** The client spans of the traced MCP request this thread serves, if it serves one. */
    public static Optional<ClientSpans> current() {
        return Optional.ofNullable(Context.current().get(KEY));
    }

    /**
     * Starts a client span: a child of the current span on a thread serving this request, else (a client's own
     * thread, retrying) of the request's span.
     */
    public ClientSpan start(String name) {
        Context current = Context.current();
        Context parent = current.get(KEY) == this ? current : serving;
        Span span = tracer.spanBuilder(name)
                .setParent(parent)
                .setSpanKind(SpanKind.CLIENT)
                .startSpan();
        ClientSpan client = new ClientSpan(span, open::remove);
        open.add(client);
        return client;
    }

    /** Runs {@code forget} when the request ends: for what a client keeps about its calls in flight. */
    public void atRequestEnd(Runnable forget) {
        atEnd.add(forget);
    }

    /** The context to serve the request in. */
    Context context() {
        return serving;
    }

    void requestEnded() {
        open.forEach(ClientSpan::unanswered);
        for (Runnable forget = atEnd.poll(); forget != null; forget = atEnd.poll()) {
            forget.run();
        }
    }
}
