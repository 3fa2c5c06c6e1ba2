package dev.triage.mcp.hosting.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Spans kept in memory as they end, and MCP requests served the way {@link TraceContextFilter} serves them (a server
 * span, the request's {@link ClientSpans}), for the tests of the clients' spans.
 */
public final class RecordedSpans implements AutoCloseable {

    private final List<SpanData> ended = new CopyOnWriteArrayList<>();
    private final SdkTracerProvider provider = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(new Exporter(ended)))
            .build();
    private final Tracer tracer = provider.get("dev.triage.mcp.test");

    /** One MCP request being served on this thread, until closed. */
    public final class Served implements AutoCloseable {
        private final Span span;
        private final ClientSpans clients;
        private final Scope scope;

        private Served(String name) {
            span = tracer.spanBuilder(name).setSpanKind(SpanKind.SERVER).startSpan();
            clients = new ClientSpans(tracer, Context.root().with(span));
            scope = clients.context().makeCurrent();
        }

        public String traceId() {
            return span.getSpanContext().getTraceId();
        }

        public String spanId() {
            return span.getSpanContext().getSpanId();
        }

        @Override
        public void close() {
            scope.close();
            clients.requestEnded();
            span.end();
        }
    }

    public Served serve(String name) {
        return new Served(name);
    }

    public List<SpanData> spans() {
        return List.copyOf(ended);
    }

    public List<SpanData> clientSpans() {
        return ended.stream().filter(span -> span.getKind() == SpanKind.CLIENT).toList();
    }

    @Override
    public void close() {
        provider.close();
    }

    private record Exporter(List<SpanData> ended) implements SpanExporter {
        @Override
        public CompletableResultCode export(Collection<SpanData> spans) {
            ended.addAll(spans);
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
            return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
            return CompletableResultCode.ofSuccess();
        }
    }
}
