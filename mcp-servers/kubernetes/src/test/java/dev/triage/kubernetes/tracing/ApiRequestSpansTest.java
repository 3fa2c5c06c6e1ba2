package dev.triage.kubernetes.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.ClusterConnections;
import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import dev.triage.kubernetes.testing.TestSnapshots;
import dev.triage.mcp.hosting.tracing.RecordedSpans;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiRequestSpansTest {

    private static final String CANARY = "canary-k8s-s3cret";

    @RegisterExtension
    final EmbeddedClusterExtension cluster = EmbeddedClusterExtension.of("small");

    final RecordedSpans recorded = new RecordedSpans();

    @AfterEach
    void close() {
        recorded.close();
    }

    @Test
    void eachApiRequestOfAToolCallIsAClientSpanUnderTheToolsSpanInItsTrace() {
        String traceId;
        String toolSpan;
        try (KubernetesClient client = traced();
                var served = recorded.serve("tools/call get_pod_logs")) {
            traceId = served.traceId();
            toolSpan = served.spanId();
            client.pods().inNamespace("shop").list();
            client.pods()
                    .inNamespace("shop")
                    .withName("cart-7d9f-abcde")
                    .inContainer("cart")
                    .tailingLines(5)
                    .getLog();
            client.namespaces().list();
        }

        List<SpanData> spans = recorded.clientSpans();
        // fabric8 looks the pod up (a list by field selector) while it reads the log: spans end in either order.
        assertThat(spans)
                .extracting(SpanData::getName)
                .containsExactlyInAnyOrder("GET pods", "GET pods", "GET pods/log", "GET namespaces");
        assertThat(spans).allSatisfy(span -> {
            assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
            assertThat(span.getTraceId()).isEqualTo(traceId);
            assertThat(span.getParentSpanId()).isEqualTo(toolSpan);
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
            assertThat(attribute(span, "http.request.method")).isEqualTo("GET");
            assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                    .isEqualTo(200L);
            assertThat(attribute(span, "server.address")).isEqualTo("127.0.0.1");
        });
        SpanData log = named(spans, "GET pods/log");
        assertThat(attribute(log, "url.path")).isEqualTo("/api/v1/namespaces/shop/pods/cart-7d9f-abcde/log");
        assertThat(attribute(log, "k8s.namespace.name")).isEqualTo("shop");
        assertThat(attribute(log, "k8s.resource")).isEqualTo("pods");
        assertThat(attribute(log, "k8s.subresource")).isEqualTo("log");
        assertThat(spans)
                .filteredOn(span -> span.getName().equals("GET pods"))
                .extracting(span -> attribute(span, "url.path"))
                .containsOnly("/api/v1/namespaces/shop/pods");
        assertThat(spans).allSatisfy(span -> assertThat(span.getAttributes().toString())
                .doesNotContain("?")
                .doesNotContain("tailLines")
                .doesNotContain("fieldSelector"));
        SpanData namespaces = named(spans, "GET namespaces");
        assertThat(attribute(namespaces, "k8s.namespace.name")).isNull();
        assertThat(attribute(namespaces, "url.path")).isEqualTo("/api/v1/namespaces");
    }

    @Test
    void aRefusedRequestIsAnErrorSpanWithTheApiServersStatus() {
        try (KubernetesClient client = traced();
                var ignored = recorded.serve("tools/call get_resource")) {
            assertThat(client.pods().inNamespace("shop").withName("no-such-pod").get())
                    .isNull();
        }

        SpanData span = recorded.clientSpans().getFirst();
        assertThat(span.getName()).isEqualTo("GET pods");
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(attribute(span, "error.type")).isEqualTo("404");
        assertThat(attribute(span, "url.path")).isEqualTo("/api/v1/namespaces/shop/pods/no-such-pod");
    }

    @Test
    void neitherASecretsDataNorASelectorsValuesReachASpan() {
        String encoded = Base64.getEncoder().encodeToString(CANARY.getBytes(StandardCharsets.UTF_8));
        try (KubernetesClient client = traced();
                var ignored = recorded.serve("tools/call find_unhealthy")) {
            client.secrets()
                    .inNamespace("shop")
                    .resource(new SecretBuilder()
                            .withNewMetadata()
                            .withName("cart-redis")
                            .withLabels(Map.of("owner", "cart"))
                            .endMetadata()
                            .withData(Map.of("password", encoded))
                            .build())
                    .create();
            client.secrets().inNamespace("shop").withName("cart-redis").get();
            client.secrets().inNamespace("shop").withLabel("token", CANARY).list();
        }

        List<SpanData> spans = recorded.clientSpans();
        assertThat(spans).extracting(SpanData::getName).containsExactly("POST secrets", "GET secrets", "GET secrets");
        assertThat(spans).allSatisfy(span -> assertThat(span.getName() + " " + span.getAttributes())
                .doesNotContain(CANARY)
                .doesNotContain(encoded)
                .doesNotContain("labelSelector"));
        assertThat(attribute(spans.get(1), "url.path")).isEqualTo("/api/v1/namespaces/shop/secrets/cart-redis");
    }

    /** How list_namespaces lists the pods while it lists the namespaces. */
    @Test
    void aRequestSentFromAThreadInTheToolsContextIsAClientSpanOfItsCall() {
        String traceId;
        String toolSpan;
        try (KubernetesClient client = traced();
                var served = recorded.serve("tools/call list_namespaces")) {
            traceId = served.traceId();
            toolSpan = served.spanId();
            CompletableFuture<?> pods = CompletableFuture.runAsync(
                    () -> client.pods().inAnyNamespace().list(),
                    Context.current().wrap((Runnable task) -> Thread.ofVirtual().start(task)));
            client.namespaces().list();
            pods.join();
        }

        assertThat(recorded.clientSpans())
                .extracting(SpanData::getName)
                .containsExactlyInAnyOrder("GET pods", "GET namespaces");
        assertThat(recorded.clientSpans()).allSatisfy(span -> {
            assertThat(span.getTraceId()).isEqualTo(traceId);
            assertThat(span.getParentSpanId()).isEqualTo(toolSpan);
        });
    }

    @Test
    void outsideATracedRequestNoSpanIsMade() {
        try (KubernetesClient client = traced()) {
            client.pods().inNamespace("shop").list();
        }

        assertThat(recorded.spans()).isEmpty();
    }

    /** fabric8 retries from its scheduler's thread, where the tool's context is not current. */
    @Test
    void aRetryAfterAConnectionFailureStaysInTheTraceAndTheUnreportedLastAttemptEndsWithTheRequest()
            throws IOException {
        Config unreachable = new ConfigBuilder(Config.empty())
                .withMasterUrl("http://127.0.0.1:" + closedPort() + "/")
                .withRequestRetryBackoffLimit(1)
                .withRequestRetryBackoffInterval(10)
                .withHttp2Disable(true)
                .build();
        String toolSpan;
        try (KubernetesClient client = ApiRequestSpans.client(unreachable);
                var served = recorded.serve("tools/call find_unhealthy")) {
            toolSpan = served.spanId();
            assertThatThrownBy(() -> client.pods().inNamespace("shop").list())
                    .isInstanceOf(KubernetesClientException.class);
        }

        List<SpanData> spans = recorded.clientSpans();
        assertThat(spans).hasSize(2).allSatisfy(span -> {
            assertThat(span.getName()).isEqualTo("GET pods");
            assertThat(span.getParentSpanId()).isEqualTo(toolSpan);
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        });
        assertThat(attribute(spans.get(0), "error.type")).endsWith("Exception");
        assertThat(spans.get(1).getAttributes().get(AttributeKey.longKey("http.request.resend_count")))
                .isEqualTo(1L);
        assertThat(attribute(spans.get(1), "error.type")).isEqualTo("unanswered");
    }

    @Test
    void theConnectionsOpenedForServersAreTraced() {
        try (ClusterConnection connection =
                        ClusterConnections.open(Optional.of(TestSnapshots.dir("small")), Optional.empty());
                var ignored = recorded.serve("tools/call find_unhealthy")) {
            connection.client().pods().inNamespace("shop").list();
        }

        assertThat(recorded.clientSpans()).extracting(SpanData::getName).containsExactly("GET pods");
    }

    private KubernetesClient traced() {
        return ApiRequestSpans.client(cluster.client().getConfiguration());
    }

    private static SpanData named(List<SpanData> spans, String name) {
        return spans.stream()
                .filter(span -> span.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String attribute(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
