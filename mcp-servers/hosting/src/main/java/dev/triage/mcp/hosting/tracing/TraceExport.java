package dev.triage.mcp.hosting.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporterBuilder;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.IdGenerator;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The OpenTelemetry SDK exporting spans over OTLP/HTTP (protobuf) in batches, when a destination is configured; with
 * none, nothing is built and every span is a no-op. Not the global instance: the service and the MCP servers it
 * embeds each hold their own.
 */
public final class TraceExport implements AutoCloseable {

    private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(10);

    private final OpenTelemetry openTelemetry;
    private final SdkTracerProvider provider;

    private TraceExport(OpenTelemetry openTelemetry, SdkTracerProvider provider) {
        this.openTelemetry = openTelemetry;
        this.provider = provider;
    }

    public static TraceExport none() {
        return new TraceExport(OpenTelemetry.noop(), null);
    }

    /**
     * Exports as {@code serviceName} to where {@code properties} say; {@code traceIds} chooses a new trace's id when
     * it returns one (so a trace's id can follow from what it traces), random otherwise.
     */
    public static TraceExport from(
            TracingProperties properties, String serviceName, Supplier<Optional<String>> traceIds) {
        Optional<TracingProperties.Destination> destination = properties.destination();
        if (destination.isEmpty()) {
            return none();
        }
        OtlpHttpSpanExporterBuilder exporter = OtlpHttpSpanExporter.builder()
                .setEndpoint(destination.get().endpoint())
                .setTimeout(EXPORT_TIMEOUT);
        destination.get().headers().forEach(exporter::addHeader);
        SdkTracerProvider provider = SdkTracerProvider.builder()
                .setResource(Resource.getDefault()
                        .merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), serviceName))))
                .setIdGenerator(new ChosenTraceIds(traceIds))
                .addSpanProcessor(BatchSpanProcessor.builder(exporter.build()).build())
                .build();
        OpenTelemetry sdk = OpenTelemetrySdk.builder()
                .setTracerProvider(provider)
                .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
                .build();
        return new TraceExport(sdk, provider);
    }

    public boolean enabled() {
        return provider != null;
    }

    public Tracer tracer(String name) {
        return openTelemetry.getTracer(name);
    }

    public OpenTelemetry openTelemetry() {
        return openTelemetry;
    }

    /** Sends the spans ended so far and waits for them (tests, benchmarks, shutdown). */
    public void flush() {
        if (provider != null) {
            provider.forceFlush().join(EXPORT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    @Override
    public void close() {
        if (provider != null) {
            provider.shutdown().join(EXPORT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private record ChosenTraceIds(Supplier<Optional<String>> chosen) implements IdGenerator {
        private static final IdGenerator RANDOM = IdGenerator.random();

        @Override
        public String generateSpanId() {
            return RANDOM.generateSpanId();
        }

        @Override
        public String generateTraceId() {
            return chosen.get().orElseGet(RANDOM::generateTraceId);
        }
    }
}
