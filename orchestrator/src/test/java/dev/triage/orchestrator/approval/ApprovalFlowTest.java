package dev.triage.orchestrator.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import dev.triage.orchestrator.TriageApplication;
import dev.triage.orchestrator.config.AgentServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The remediation flow as a new user meets it, over HTTP and MCP against the embedded default: investigate, find
 * the proposal awaiting approval, fail to run it unapproved, approve it, run it, see the change through the EKS
 * server, and read the audit trail.
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovalFlowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_POLLS = 600;

    @LocalServerPort
    int port;

    @Autowired
    AgentServers servers;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void proposeRefuseApproveExecuteVerifyAndAudit() throws Exception {
        JsonNode report = investigate("{\"question\": \"diagnose unhealthy pods\", \"namespace\": \"shop\"}");
        JsonNode cart = report.get("remediations")
                .valueStream()
                .filter(r -> r.get("runbook").asString().equals("raise-memory-limit"))
                .filter(r -> r.at("/target/name").asString().equals("cart"))
                .findFirst()
                .orElseThrow();
        String proposalId = cart.get("proposalId").asString();
        assertThat(pendingProposal("raise-memory-limit", "cart")).isEqualTo(proposalId);

        try (McpClient runbook = mcp("runbook");
                McpClient eks = mcp("eks")) {
            assertThatThrownBy(() -> call(runbook, "execute_runbook", "{\"proposal_id\":\"" + proposalId + "\"}"))
                    .isInstanceOf(ToolExecutionException.class)
                    .hasMessageContaining("refused (APPROVAL_MISSING)");

            HttpResponse<String> approved = post("/api/v1/approvals/" + proposalId + "/approve", "{\"reason\":\"ok\"}");
            assertThat(approved.statusCode()).isEqualTo(201);
            String approvalId = JSON.readTree(approved.body()).get("approvalId").asString();
            assertThat(post("/api/v1/approvals/" + proposalId + "/approve", "").statusCode())
                    .isEqualTo(409);

            JsonNode execution = JSON.readTree(call(
                    runbook,
                    "execute_runbook",
                    "{\"proposal_id\":\"" + proposalId + "\",\"approval_id\":\"" + approvalId + "\"}"));
            assertThat(execution.get("status").asString()).isEqualTo("SUCCEEDED");

            String deployment =
                    call(eks, "get_resource", "{\"kind\":\"Deployment\",\"namespace\":\"shop\",\"name\":\"cart\"}");
            assertThat(deployment).contains("memory: \"384Mi\"");
        }

        JsonNode trail =
                JSON.readTree(get("/api/v1/approvals/" + proposalId + "/audit").body());
        assertThat(trail.get("entries").valueStream().map(e -> e.get("action").asString()))
                .containsSubsequence(
                        "PROPOSED",
                        "EXECUTION_REFUSED",
                        "APPROVED",
                        "STEP_STARTED",
                        "STEP_DONE",
                        "STEP_STARTED",
                        "VERIFIED");
        assertThat(trail.get("entries").valueStream())
                .filteredOn(e -> e.get("action").asString().equals("APPROVED"))
                .allSatisfy(e -> assertThat(e.get("actor").asString()).isEqualTo("local-operator"));
    }

    @Test
    void anUnknownProposalCannotBeApprovedNorExecuted() throws Exception {
        String madeUp = "rp-" + "0".repeat(32);

        HttpResponse<String> approve = post("/api/v1/approvals/" + madeUp + "/approve", "");
        assertThat(approve.statusCode()).isEqualTo(404);
        assertThat(approve.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        try (McpClient runbook = mcp("runbook")) {
            assertThatThrownBy(() -> call(
                            runbook,
                            "execute_runbook",
                            "{\"proposal_id\":\"" + madeUp + "\",\"approval_id\":\"" + UUID.randomUUID() + "\"}"))
                    .hasMessageContaining("refused (UNKNOWN_PROPOSAL)");
        }
    }

    @Test
    void badDecisionsAreRefusedWithProblems() throws Exception {
        String madeUp = "rp-" + "1".repeat(32);

        assertThat(post("/api/v1/approvals/not-an-id/approve", "").statusCode()).isEqualTo(400);
        assertThat(post("/api/v1/approvals/" + madeUp + "/approve", "{\"ttl\":\"48h\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v1/approvals/" + madeUp + "/approve", "{\"ttl\":\"soon\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v1/approvals/" + madeUp + "/approve", "{\"approver\":\"me\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v1/approvals/" + madeUp + "/deny", "{}").statusCode())
                .isEqualTo(400);
        assertThat(post("/api/v1/approvals/" + madeUp + "/deny", "{\"reason\":").statusCode())
                .isEqualTo(400);
        assertThat(get("/api/v1/approvals?status=DONE").statusCode()).isEqualTo(400);
    }

    private JsonNode investigate(String question) throws Exception {
        String id = JSON.readTree(post("/api/v1/investigations", question).body())
                .get("id")
                .asString();
        for (int i = 0; i < MAX_POLLS; i++) {
            JsonNode report = JSON.readTree(get("/api/v1/investigations/" + id).body());
            if (!report.get("status").asString().equals("RUNNING")) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("investigation " + id + " did not finish");
    }

    private String pendingProposal(String runbook, String name) throws Exception {
        JsonNode pending =
                JSON.readTree(get("/api/v1/approvals?status=PENDING").body()).get("approvals");
        List<JsonNode> matching = pending.valueStream()
                .filter(p -> p.get("runbook").asString().equals(runbook)
                        && p.at("/target/name").asString().equals(name))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst().get("proposalId").asString();
    }

    private McpClient mcp(String server) {
        return new DefaultMcpClient.Builder()
                .transport(new StreamableHttpMcpTransport.Builder()
                        .url(servers.servers().get(server).toString())
                        .timeout(Duration.ofSeconds(30))
                        .build())
                .toolExecutionTimeout(Duration.ofSeconds(30))
                .build();
    }

    private static String call(McpClient client, String tool, String arguments) {
        return client.executeTool(ToolExecutionRequest.builder()
                        .id("1")
                        .name(tool)
                        .arguments(arguments)
                        .build())
                .resultText();
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
