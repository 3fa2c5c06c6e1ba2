package dev.triage.mcp.hosting.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClientSpansTest {

    final RecordedSpans recorded = new RecordedSpans();

    @AfterEach
    void close() {
        recorded.close();
    }

    @Test
    void outsideATracedRequestNoClientSpanCanStart() {
        assertThat(ClientSpans.current()).isEmpty();
    }

    @Test
    void aClientSpanIsAChildOfTheRequestsSpanInItsTraceAndSaysSoInItsTraceparent() {
        Map<String, String> headers = new HashMap<>();
        String traceId;
        String serverId;
        try (var served = recorded.serve("tools/call get_pods")) {
            traceId = served.traceId();
            serverId = served.spanId();
            ClientSpan span = ClientSpans.current().orElseThrow().start("GET pods");
            span.propagate(headers::put);
            span.attribute("url.path", "/api/v1/namespaces/shop/pods").answered(200);
        }

        SpanData client = recorded.clientSpans().getFirst();
        assertThat(client.getName()).isEqualTo("GET pods");
        assertThat(client.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(client.getTraceId()).isEqualTo(traceId);
        assertThat(client.getParentSpanId()).isEqualTo(serverId);
        assertThat(client.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(client.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                .isEqualTo(200L);
        assertThat(headers.get("traceparent")).startsWith("00-" + traceId + "-" + client.getSpanId() + "-");
    }

    @Test
    void aSpanStartedOnAClientsOwnThreadStillHangsUnderTheRequest() throws Exception {
        String serverId;
        try (var served = recorded.serve("tools/call get_pods")) {
            serverId = served.spanId();
            ClientSpans clients = ClientSpans.current().orElseThrow();
            CompletableFuture.runAsync(() -> clients.start("GET pods").answered(200))
                    .get();
        }

        assertThat(recorded.clientSpans()).singleElement().satisfies(client -> assertThat(client.getParentSpanId())
                .isEqualTo(serverId));
    }

    @Test
    void anErrorStatusFailsTheSpanAndTheFirstOutcomeWins() {
        try (var ignored = recorded.serve("tools/call get_pods")) {
            ClientSpan span = ClientSpans.current().orElseThrow().start("GET pods");
            span.answered(404);
            span.answered(200);
            span.failed("java.io.IOException");
        }

        SpanData client = recorded.clientSpans().getFirst();
        assertThat(recorded.clientSpans()).hasSize(1);
        assertThat(client.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(client.getAttributes().get(AttributeKey.stringKey("error.type")))
                .isEqualTo("404");
        assertThat(client.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                .isEqualTo(404L);
    }

    @Test
    void aCallNoClientReportedOnEndsWithTheRequestAsUnansweredAndItsBookkeepingIsDropped() {
        AtomicBoolean forgotten = new AtomicBoolean();
        try (var ignored = recorded.serve("tools/call get_pods")) {
            ClientSpans clients = ClientSpans.current().orElseThrow();
            clients.start("GET pods");
            clients.atRequestEnd(() -> forgotten.set(true));
            assertThat(recorded.clientSpans()).isEmpty();
        }

        SpanData client = recorded.clientSpans().getFirst();
        assertThat(client.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(client.getAttributes().get(AttributeKey.stringKey("error.type")))
                .isEqualTo("unanswered");
        assertThat(forgotten).isTrue();
    }
}
