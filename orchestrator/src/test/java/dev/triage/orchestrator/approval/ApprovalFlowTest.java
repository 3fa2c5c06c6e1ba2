package dev.triage.orchestrator.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import dev.triage.mcp.runbook.ledger.ApprovalCheck;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.orchestrator.TriageApplication;
import dev.triage.orchestrator.config.AgentServers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The remediation flow as a new user meets it, with curl and nothing else, against the embedded default:
 * investigate, find the proposal awaiting approval, fail to run it unapproved, approve it, run it, see the change
 * (through the EKS server: the API reads no cluster objects), read the execution and the audit trail, and fail to
 * run it twice on one approval.
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApprovalFlowTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_POLLS = 600;

    @LocalServerPort
    int port;

    @Autowired
    AgentServers servers;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newHttpClient();
    private String investigationId;

    @Test
    void proposeRefuseApproveExecuteVerifyAndAudit() throws Exception {
        String proposalId = cartProposal();
        assertThat(pendingProposal("raise-memory-limit", "cart")).isEqualTo(proposalId);

        HttpResponse<String> unapproved = execute(proposalId, UUID.randomUUID().toString());
        assertProblem(unapproved, 409, "APPROVAL_UNKNOWN");

        HttpResponse<String> approved = post("/api/v1/approvals/" + proposalId + "/approve", "{\"reason\":\"ok\"}");
        assertThat(approved.statusCode()).isEqualTo(201);
        String approvalId = JSON.readTree(approved.body()).get("approvalId").asString();
        assertThat(post("/api/v1/approvals/" + proposalId + "/approve", "").statusCode())
                .isEqualTo(409);

        HttpResponse<String> executed = execute(proposalId, approvalId);
        assertThat(executed.statusCode()).isEqualTo(201);
        JsonNode execution = JSON.readTree(executed.body());
        String executionId = execution.get("executionId").asString();
        assertThat(execution.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(executed.headers().firstValue("Location")).hasValue("/api/v1/executions/" + executionId);
        assertThat(cartDeployment()).contains("memory: \"384Mi\"");

        JsonNode readBack =
                JSON.readTree(get("/api/v1/executions/" + executionId).body());
        assertThat(readBack.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(readBack.get("steps")).hasSameSizeAs(execution.get("steps")).isNotEmpty();

        // Run again on the same approval: refused as used, before the server looks at the (now raised) limit.
        assertProblem(execute(proposalId, approvalId), 409, "APPROVAL_USED");

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
                        "UNVERIFIED",
                        "EXECUTION_REFUSED");
        assertThat(trail.get("entries")
                        .valueStream()
                        .filter(e -> e.get("action").asString().equals("STEP_STARTED")))
                .as("the refused second run started no step")
                .hasSize(execution.get("steps").size());
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
        assertProblem(execute(madeUp, UUID.randomUUID().toString()), 404, "UNKNOWN_PROPOSAL");
    }

    /**
     * An approval runs once even while its proposal still holds: here it was used by another client of the runbook
     * server (an MCP client, another replica), and the API will not run it again.
     */
    @Test
    void anApprovalUsedElsewhereDoesNotRunAgain() throws Exception {
        String proposalId = proposal("raise-cpu-limit", "search");
        HttpResponse<String> approved = post("/api/v1/approvals/" + proposalId + "/approve", "");
        String approvalId = JSON.readTree(approved.body()).get("approvalId").asString();
        RunbookLedger elsewhere = RunbookLedger.open(dataSource);
        assertThat(elsewhere.approvals().consume(approvalId, proposalId)).isInstanceOf(ApprovalCheck.Consumed.class);

        HttpResponse<String> again = execute(proposalId, approvalId);

        assertProblem(again, 409, "APPROVAL_USED");
        assertThat(JSON.readTree(again.body()).get("refusal").asString()).isEqualTo("APPROVAL_USED");
    }

    @Test
    void anUnknownExecutionIsNotFound() throws Exception {
        assertProblem(get("/api/v1/executions/" + UUID.randomUUID()), 404, "no execution");
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

    private String cartProposal() throws Exception {
        return proposal("raise-memory-limit", "cart");
    }

    private String proposal(String runbook, String deployment) throws Exception {
        JsonNode report = investigate("{\"question\": \"diagnose unhealthy pods\", \"namespace\": \"shop\"}");
        investigationId = report.get("id").asString();
        return report.get("remediations")
                .valueStream()
                .filter(r -> r.get("runbook").asString().equals(runbook))
                .filter(r -> r.at("/target/name").asString().equals(deployment))
                .findFirst()
                .orElseThrow()
                .get("proposalId")
                .asString();
    }

    /** The one MCP call left: the API has no endpoint that reads a cluster object, and the EKS server is the truth. */
    private String cartDeployment() throws Exception {
        try (McpClient eks = new DefaultMcpClient.Builder()
                .transport(new StreamableHttpMcpTransport.Builder()
                        .url(servers.servers().get("eks").toString())
                        .timeout(Duration.ofSeconds(30))
                        .build())
                .toolExecutionTimeout(Duration.ofSeconds(30))
                .build()) {
            return eks.executeTool(ToolExecutionRequest.builder()
                            .id("1")
                            .name("get_resource")
                            .arguments("{\"kind\":\"Deployment\",\"namespace\":\"shop\",\"name\":\"cart\"}")
                            .build())
                    .resultText();
        }
    }

    private HttpResponse<String> execute(String proposalId, String approvalId) throws Exception {
        return post(
                "/api/v1/executions", "{\"proposalId\":\"" + proposalId + "\",\"approvalId\":\"" + approvalId + "\"}");
    }

    static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains(detail);
    }

    private JsonNode investigate(String question) throws Exception {
        String id = JSON.readTree(post("/api/v1/investigations", question).body())
                .get("id")
                .asString();
        for (int i = 0; i < MAX_POLLS; i++) {
            JsonNode report = JSON.readTree(get("/api/v1/investigations/" + id).body());
            if (!report.get("status").asString().matches("RUNNING|QUEUED")) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("investigation " + id + " did not finish");
    }

    /** The investigation's proposal as the pending list shows it: each investigation has its own. */
    private String pendingProposal(String runbook, String name) throws Exception {
        JsonNode pending = JSON.readTree(get("/api/v1/approvals?status=PENDING&investigationId=" + investigationId)
                        .body())
                .get("approvals");
        List<JsonNode> matching = pending.valueStream()
                .filter(p -> p.get("runbook").asString().equals(runbook)
                        && p.at("/target/name").asString().equals(name))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.getFirst().get("proposalId").asString();
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
