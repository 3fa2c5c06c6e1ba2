package dev.triage.orchestrator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.mcp.hosting.testing.McpHttp;
import dev.triage.orchestrator.TriageApplication;
import dev.triage.orchestrator.api.ModelConfiguredServiceTest.ConverseFake;
import dev.triage.orchestrator.config.AgentServers;
import dev.triage.orchestrator.tracing.InvestigationTraces;
import dev.triage.orchestrator.tracing.OtlpReceiver;
import dev.triage.orchestrator.tracing.OtlpReceiver.Received;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One investigation on the model path (Bedrock's Converse API faked on the wire), traced to a local OTLP receiver at
 * LangFuse's path: the span tree, LangFuse's attributes, token counts, Basic auth, the embedded MCP servers' spans in
 * the same trace (and a hostile argument's server span in it), the EKS server's Kubernetes API requests as client
 * spans under its tool spans, and no planted secret (in the question, the model's answer, a Secret in the snapshot)
 * in any span or log line.
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class TracedInvestigationTest {

    private static final String MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0";
    private static final String CANARY_KEY = "AKIACANARY1234567890";
    private static final String CANARY_PASSWORD = "canary-hunter2";
    private static final String CANARY_SECRET = "canary-snapshot-s3cret";
    private static final String CANARY_SECRET_DATA =
            Base64.getEncoder().encodeToString(CANARY_SECRET.getBytes(StandardCharsets.UTF_8));
    private static final Path SNAPSHOT = demoWithACanarySecret();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ConverseFake BEDROCK = new ConverseFake();
    private static final OtlpReceiver RECEIVER = new OtlpReceiver();

    @LocalServerPort
    int port;

    @Autowired
    InvestigationTraces traces;

    @Autowired
    AgentServers servers;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        System.setProperty("aws.accessKeyId", "AKIDTRACETEST");
        System.setProperty("aws.secretAccessKey", "fake-secret-key");
        registry.add("triage.models.bedrock.enabled", () -> "true");
        registry.add("triage.models.bedrock.region", () -> "eu-west-1");
        registry.add("triage.models.bedrock.model-id", () -> MODEL_ID);
        registry.add("triage.models.bedrock.endpoint-override", BEDROCK::endpoint);
        registry.add("triage.models.bedrock.timeout", () -> "30s");
        registry.add("triage.models.default-tier", () -> "bedrock");
        registry.add("triage.models.policy[0].roles", () -> "remediation");
        registry.add("triage.models.policy[0].tier", () -> "rules");
        registry.add("triage.models.policy[0].reason", () -> "remediation by the rules");
        registry.add("triage.models.token-budget", () -> "1000000");
        registry.add("triage.tracing.langfuse.base-url", RECEIVER::baseUrl);
        registry.add("triage.tracing.langfuse.public-key", () -> "pk-lf-test");
        registry.add("triage.tracing.langfuse.secret-key", () -> "sk-lf-test");
        registry.add("triage.snapshot", SNAPSHOT::toString);
    }

    @AfterAll
    static void stop() {
        BEDROCK.close();
        RECEIVER.close();
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        FileSystemUtils.deleteRecursively(SNAPSHOT.toFile());
    }

    @Test
    void anInvestigationArrivesAsOneTraceOfAgentsGenerationsAndToolCalls(CapturedOutput output) throws Exception {
        BEDROCK.script(
                ConverseFake.answer(plan(), 1100, 60),
                ConverseFake.answer("{\"findings\":[]}", 2400, 15),
                ConverseFake.answer("cart is OOMKilled; the key " + CANARY_KEY + " is not the cause.", 2700, 120));
        ServiceClient client = new ServiceClient(port);
        String question = "why is cart crashing? password=" + CANARY_PASSWORD;

        String id = client.json(client.ask(JSON.writeValueAsString(Map.of("question", question, "namespace", "shop"))))
                .get("id")
                .stringValue();
        JsonNode report = client.awaitFinished(id);
        String traceId = report.get("traceId").stringValue();
        // A hostile argument sent to a server in this trace: the server's span must hold none of it.
        String planted = "00f067aa0ba902b7";
        HttpResponse<String> refused = new McpHttp(
                        servers.embeddedStack().orElseThrow().url("eks"))
                .post(
                        McpHttp.call("find_unhealthy", "{\"namespace\": \"password=" + CANARY_PASSWORD + "\"}"),
                        Map.of("Accept", McpHttp.BOTH, "traceparent", "00-" + traceId + "-" + planted + "-01"));
        assertThat(McpHttp.isError(refused)).isTrue();
        traces.flush();
        servers.embeddedStack().orElseThrow().flushTraces();
        List<Received> spans = RECEIVER.spans();

        assertThat(traceId).isEqualTo(id.replace("-", ""));
        assertThat(report.get("traceUrl").stringValue()).isEqualTo(RECEIVER.baseUrl() + "/trace/" + traceId);

        Received root = spans.stream()
                .filter(s -> s.name().equals("investigation"))
                .findFirst()
                .orElseThrow();
        assertThat(root.traceId()).isEqualTo(traceId);
        assertThat(root.parentSpanId()).isEmpty();
        assertThat(root.attributes())
                .containsEntry("langfuse.trace.name", "investigation")
                .containsEntry("langfuse.trace.tags", "[source:api,cluster:demo-eks]")
                .containsEntry("triage.investigation.id", id);
        assertThat(root.attribute("langfuse.trace.input")).startsWith("why is cart crashing?");
        assertThat(root.attribute("langfuse.trace.output")).contains("OOMKilled");

        List<Received> service =
                spans.stream().filter(s -> s.service().equals("triage")).toList();
        assertThat(service).allSatisfy(s -> assertThat(s.traceId()).isEqualTo(traceId));
        Map<String, Received> agents = service.stream()
                .filter(s -> "agent".equals(s.attribute("langfuse.observation.type")))
                .collect(Collectors.toMap(s -> s.attribute("triage.agent"), s -> s));
        assertThat(agents).containsOnlyKeys("master", "diagnostic", "remediation");
        assertThat(agents.values())
                .allSatisfy(agent -> assertThat(agent.parentSpanId()).isEqualTo(root.spanId()));

        List<Received> generations = service.stream()
                .filter(s -> "generation".equals(s.attribute("langfuse.observation.type")))
                .toList();
        assertThat(generations)
                .extracting(
                        s -> s.attribute("gen_ai.system"),
                        s -> s.attribute("gen_ai.request.model"),
                        s -> s.attribute("triage.model.tier"))
                .containsOnly(org.assertj.core.groups.Tuple.tuple("aws.bedrock", MODEL_ID, "bedrock"));
        assertThat(generations)
                .extracting(
                        s -> s.attribute("gen_ai.usage.input_tokens"), s -> s.attribute("gen_ai.usage.output_tokens"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("1100", "60"),
                        org.assertj.core.groups.Tuple.tuple("2400", "15"),
                        org.assertj.core.groups.Tuple.tuple("2700", "120"));
        assertThat(generations).allSatisfy(generation -> {
            assertThat(generation.attribute("langfuse.observation.input")).isNotBlank();
            assertThat(generation.parentSpanId())
                    .isIn(agents.values().stream().map(Received::spanId).toList());
        });

        List<Received> tools = service.stream()
                .filter(s -> "tool".equals(s.attribute("langfuse.observation.type")))
                .toList();
        Set<String> agentIds = agents.values().stream().map(Received::spanId).collect(Collectors.toSet());
        assertThat(tools).isNotEmpty().allSatisfy(tool -> {
            assertThat(tool.parentSpanId()).isIn(agentIds);
            assertThat(tool.attribute("mcp.server")).isIn("eks", "runbook", "cloudwatch");
            assertThat(tool.attribute("mcp.tool.outcome")).isNotBlank();
        });
        assertThat(tools).anySatisfy(tool -> assertThat(tool.attribute("mcp.tool.result_bytes"))
                .isNotEqualTo("0"));

        Set<String> toolIds = tools.stream().map(Received::spanId).collect(Collectors.toSet());
        // The servers' tool calls; the client's own set-up requests (initialize, tools/list) may fall outside.
        List<Received> serverCalls = spans.stream()
                .filter(s -> s.service().startsWith("triage-") && s.name().startsWith("tools/call "))
                .toList();
        Received hostile = serverCalls.stream()
                .filter(s -> s.parentSpanId().equals(planted))
                .findFirst()
                .orElseThrow();
        assertThat(hostile.traceId()).isEqualTo(traceId);
        assertThat(hostile.attribute("mcp.tool.outcome")).isEqualTo("error");
        assertThat(serverCalls)
                .filteredOn(s -> s != hostile)
                .hasSize(tools.size())
                .allSatisfy(server -> {
                    assertThat(server.traceId()).isEqualTo(traceId);
                    assertThat(server.parentSpanId()).isIn(toolIds);
                    assertThat(server.attribute("mcp.tool.outcome")).isEqualTo("ok");
                });

        // The servers' Kubernetes API requests: client spans under their own tool spans, in the investigation's trace.
        Map<String, String> serverOfToolSpan =
                serverCalls.stream().collect(Collectors.toMap(Received::spanId, Received::service));
        List<Received> apiRequests = spans.stream()
                .filter(s -> s.kind().equals("SPAN_KIND_CLIENT") && s.attribute("k8s.resource") != null)
                .toList();
        assertThat(apiRequests).isNotEmpty().allSatisfy(request -> {
            assertThat(serverOfToolSpan.get(request.parentSpanId())).isEqualTo(request.service());
            assertThat(request.traceId()).isEqualTo(traceId);
            assertThat(request.attribute("http.request.method")).isNotBlank();
            assertThat(request.attribute("http.response.status_code")).isNotBlank();
            assertThat(request.attribute("url.path")).startsWith("/api").doesNotContain("?");
        });
        assertThat(apiRequests)
                .filteredOn(request -> request.service().equals("triage-eks"))
                .extracting(Received::name)
                .contains("GET pods", "GET secrets");

        String basic =
                "Basic " + Base64.getEncoder().encodeToString("pk-lf-test:sk-lf-test".getBytes(StandardCharsets.UTF_8));
        assertThat(RECEIVER.exports()).isNotEmpty().allSatisfy(export -> {
            assertThat(export.authorization()).isEqualTo(basic);
            assertThat(export.ingestionVersion()).isEqualTo("4");
            assertThat(export.contentType()).isEqualTo("application/x-protobuf");
        });

        assertThat(spans).allSatisfy(span -> {
            String everything = span.name() + " " + span.attributes().values() + " " + span.eventTexts();
            assertThat(everything)
                    .doesNotContain(CANARY_KEY)
                    .doesNotContain(CANARY_PASSWORD)
                    .doesNotContain(CANARY_SECRET)
                    .doesNotContain(CANARY_SECRET_DATA);
        });
        assertThat(output.getAll())
                .doesNotContain(CANARY_KEY)
                .doesNotContain(CANARY_PASSWORD)
                .doesNotContain(CANARY_SECRET)
                .doesNotContain(CANARY_SECRET_DATA);

        String metrics = client.get("/actuator/prometheus").body();
        assertThat(metrics)
                .contains("triage_agent_invocations_total{agent=\"diagnostic\",outcome=\"ok\"}")
                .contains("triage_agent_latency_seconds_bucket{agent=\"master\"")
                .contains("triage_tool_invocations_total{outcome=\"ok\",server=\"eks\"")
                .contains("triage_model_calls_total{agent=\"master\",outcome=\"ok\",tier=\"bedrock\"}")
                .contains("triage_model_tokens_total{agent=\"master\",direction=\"input\",tier=\"bedrock\"} 3800.0")
                .contains("triage_investigations_total{source=\"api\",status=\"completed\"} 1.0")
                .doesNotContain(id);
    }

    /** The demo snapshot with one more Secret in shop, whose value must never leave the cluster. */
    private static Path demoWithACanarySecret() {
        try {
            Path demo = BundledSnapshots.demo();
            Path copy = Files.createTempDirectory("traced-snapshot");
            try (Stream<Path> files = Files.walk(demo)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path target = copy.resolve(demo.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(file, target);
                }
            }
            Files.writeString(copy.resolve("namespaces/shop/canary-secret.yaml"), """
                    apiVersion: v1
                    kind: Secret
                    metadata:
                      name: cart-api-token
                      namespace: shop
                      creationTimestamp: "2026-06-12T11:19:00Z"
                    type: Opaque
                    data:
                      token: %s
                    """.formatted(CANARY_SECRET_DATA));
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String plan() {
        return JSON.writeValueAsString(Map.of(
                "steps",
                List.of(
                        Map.of("agent", "diagnostic", "stage", 1, "reason", "the model: diagnostic first"),
                        Map.of("agent", "remediation", "stage", 2, "reason", "the model: then remediation"))));
    }
}
