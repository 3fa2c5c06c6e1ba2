package dev.triage.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.triage.orchestrator.TriageApplication;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service with models configured by {@code triage.models.*} properties alone: Bedrock is a wire-level fake of the
 * Converse API on loopback, the rest is the embedded default (PostgreSQL, MCP servers on the demo snapshot).
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext // the context is bound to this class's fake; no other test can reuse it
class ModelConfiguredServiceTest {

    private static final String MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0";
    private static final String ACCESS_KEY = "AKIDSERVICETEST";
    private static final String REMEDIATION_BY_RULES = "remediation by the rules in this test";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final ConverseFake BEDROCK = new ConverseFake();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void models(DynamicPropertyRegistry registry) {
        // The service takes AWS credentials from the default chain, whose first link is these properties.
        System.setProperty("aws.accessKeyId", ACCESS_KEY);
        System.setProperty("aws.secretAccessKey", "fake-secret-key");
        registry.add("triage.models.bedrock.enabled", () -> "true");
        registry.add("triage.models.bedrock.region", () -> "eu-west-1");
        registry.add("triage.models.bedrock.model-id", () -> MODEL_ID);
        registry.add("triage.models.bedrock.endpoint-override", BEDROCK::endpoint);
        registry.add("triage.models.bedrock.timeout", () -> "30s");
        registry.add("triage.models.default-tier", () -> "bedrock");
        registry.add("triage.models.policy[0].roles", () -> "remediation");
        registry.add("triage.models.policy[0].tier", () -> "rules");
        registry.add("triage.models.policy[0].reason", () -> REMEDIATION_BY_RULES);
        // Set on purpose: left unset it binds to 0, a budget spent before the first call (reported to the lead).
        registry.add("triage.models.token-budget", () -> "1000000");
    }

    @AfterAll
    static void stopFake() {
        BEDROCK.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    @Test
    void modelsConfiguredByPropertiesAnswerThroughBedrockAndTheStoredReportRecordsTheirTokens() throws Exception {
        BEDROCK.script(
                ConverseFake.answer(plan(), 1100, 60),
                ConverseFake.answer("{\"findings\":[]}", 2400, 15),
                ConverseFake.answer("cart is OOMKilled at its limit; raise it with approval.", 2700, 120));
        ServiceClient client = new ServiceClient(port);

        String id = client.json(client.ask("{\"question\": \"why is cart crashing?\", \"namespace\": \"shop\"}"))
                .get("id")
                .stringValue();
        JsonNode report = client.awaitFinished(id);

        assertThat(report.get("status").stringValue()).isEqualTo("COMPLETED");
        assertThat(report.get("models").valueStream().toList())
                .extracting(
                        m -> m.get("agent").stringValue(),
                        m -> m.get("tier").stringValue(),
                        m -> m.get("model").stringValue(),
                        m -> m.get("reason").stringValue(),
                        m -> m.get("inputTokens").intValue(),
                        m -> m.get("outputTokens").intValue(),
                        m -> m.get("outcome").stringValue())
                .containsExactly(
                        tuple("master", "bedrock", MODEL_ID, "default tier", 1100, 60, "ok"),
                        tuple("diagnostic", "bedrock", MODEL_ID, "default tier", 2400, 15, "ok"),
                        tuple("remediation", "rules", "rules", REMEDIATION_BY_RULES, 0, 0, "ok"),
                        tuple("master", "bedrock", MODEL_ID, "default tier", 2700, 120, "ok"));
        assertThat(report.get("route").valueStream().map(step -> step.get("reason")
                        .stringValue()))
                .containsExactly("the model: diagnostic first", "the model: then remediation");
        assertThat(BEDROCK.requests()).hasSize(3).allSatisfy(request -> {
            assertThat(request.path()).isEqualTo("/model/" + MODEL_ID.replace(":", "%3A") + "/converse");
            assertThat(request.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/");
        });
    }

    private static String plan() {
        return JSON.writeValueAsString(Map.of(
                "steps",
                List.of(
                        Map.of("agent", "diagnostic", "stage", 1, "reason", "the model: diagnostic first"),
                        Map.of("agent", "remediation", "stage", 2, "reason", "the model: then remediation"))));
    }

    /** Bedrock Runtime's Converse operation on the wire, answering from a script and recording each request. */
    static final class ConverseFake implements AutoCloseable {

        record Reply(int status, String body) {}

        record Recorded(String path, String authorization) {}

        private final HttpServer server;
        private final Queue<Reply> script = new ConcurrentLinkedQueue<>();
        private final List<Recorded> requests = new CopyOnWriteArrayList<>();

        ConverseFake() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException("cannot bind a loopback port", e);
            }
            server.createContext("/model/", this::handle);
            server.start();
        }

        static Reply answer(String text, int inputTokens, int outputTokens) {
            Map<String, Object> message = Map.of("role", "assistant", "content", List.of(Map.of("text", text)));
            return new Reply(
                    200,
                    JSON.writeValueAsString(Map.of(
                            "output", Map.of("message", message),
                            "stopReason", "end_turn",
                            "usage",
                                    Map.of(
                                            "inputTokens",
                                            inputTokens,
                                            "outputTokens",
                                            outputTokens,
                                            "totalTokens",
                                            inputTokens + outputTokens),
                            "metrics", Map.of("latencyMs", 42))));
        }

        String endpoint() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void script(Reply... replies) {
            script.addAll(List.of(replies));
        }

        List<Recorded> requests() {
            return List.copyOf(requests);
        }

        @Override
        public void close() {
            server.stop(0);
        }

        private void handle(HttpExchange exchange) throws IOException {
            exchange.getRequestBody().readAllBytes();
            requests.add(new Recorded(
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestHeaders().getFirst("Authorization")));
            Reply reply = script.isEmpty() ? new Reply(500, "{\"message\":\"unscripted request\"}") : script.poll();
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
