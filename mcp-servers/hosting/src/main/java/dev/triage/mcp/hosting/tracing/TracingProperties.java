package dev.triage.mcp.hosting.tracing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where traces go ({@code triage.tracing.*}): LangFuse's OTLP endpoint, or any OTLP/HTTP endpoint (an OpenTelemetry
 * Collector, Jaeger, Tempo). Neither set means no exporter at all. Shared by the service and the MCP servers, so one
 * setting sends both sides of a tool call to the same place.
 *
 * @param langfuse {@code base-url}, {@code public-key}, {@code secret-key}: traces to {@code
 *     {base-url}/api/public/otel/v1/traces} with Basic auth
 * @param otlp {@code endpoint} (the full traces URL, e.g. {@code http://collector:4318/v1/traces}) and {@code headers}
 */
@ConfigurationProperties(prefix = "triage.tracing", ignoreUnknownFields = false)
public record TracingProperties(Langfuse langfuse, Otlp otlp) {

    static final String LANGFUSE_TRACES_PATH = "/api/public/otel/v1/traces";

    public record Langfuse(URI baseUrl, String publicKey, String secretKey) {
        public Langfuse {
            if (baseUrl != null && (blank(publicKey) || blank(secretKey))) {
                throw new IllegalArgumentException(
                        "triage.tracing.langfuse.base-url needs triage.tracing.langfuse.public-key and secret-key");
            }
        }

        /** The base URL without a trailing slash, for the traces endpoint and links to traces. */
        public String base() {
            String url = baseUrl.toString();
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }

    public record Otlp(URI endpoint, @DefaultValue Map<String, String> headers) {
        public Otlp {
            headers = headers == null ? Map.of() : Map.copyOf(headers);
        }
    }

    /** Where to send spans and with which headers. */
    public record Destination(String endpoint, Map<String, String> headers) {}

    public TracingProperties {
        if (langfuse != null && langfuse.baseUrl() != null && otlp != null && otlp.endpoint() != null) {
            throw new IllegalArgumentException(
                    "set triage.tracing.langfuse.* or triage.tracing.otlp.*, not both: traces go to one place");
        }
    }

    public Optional<Destination> destination() {
        if (langfuse != null && langfuse.baseUrl() != null) {
            String credentials = langfuse.publicKey() + ":" + langfuse.secretKey();
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
            headers.put("x-langfuse-ingestion-version", "4");
            return Optional.of(new Destination(langfuse.base() + LANGFUSE_TRACES_PATH, headers));
        }
        if (otlp != null && otlp.endpoint() != null) {
            return Optional.of(new Destination(otlp.endpoint().toString(), otlp.headers()));
        }
        return Optional.empty();
    }

    /** These settings as {@code triage.tracing.*} properties, for MCP servers started in this JVM. */
    public Map<String, String> asProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (langfuse != null && langfuse.baseUrl() != null) {
            properties.put(
                    "triage.tracing.langfuse.base-url", langfuse.baseUrl().toString());
            properties.put("triage.tracing.langfuse.public-key", langfuse.publicKey());
            properties.put("triage.tracing.langfuse.secret-key", langfuse.secretKey());
        }
        if (otlp != null && otlp.endpoint() != null) {
            properties.put("triage.tracing.otlp.endpoint", otlp.endpoint().toString());
            otlp.headers().forEach((name, value) -> properties.put("triage.tracing.otlp.headers." + name, value));
        }
        return properties;
    }

    /** The LangFuse base URL, when traces go to LangFuse (for links to a trace). */
    public Optional<String> langfuseBase() {
        return langfuse != null && langfuse.baseUrl() != null ? Optional.of(langfuse.base()) : Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
