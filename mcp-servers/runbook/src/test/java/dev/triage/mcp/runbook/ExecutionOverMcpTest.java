package dev.triage.mcp.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.exception.ToolExecutionException;
import dev.triage.kubernetes.testing.TestSnapshots;
import dev.triage.mcp.hosting.testing.McpTestClient;
import dev.triage.mcp.runbook.ledger.Decision;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The approval-gated tools over MCP, on a server that serves them (its own embedded PostgreSQL as the ledger). */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "triage.mcp.mutating-tools=approval-gated")
class ExecutionOverMcpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void snapshot(DynamicPropertyRegistry registry) {
        registry.add("triage.snapshot", () -> TestSnapshots.dir("remediation").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    RunbookLedger ledger;

    McpTestClient client;

    @BeforeEach
    void connect() {
        client = McpTestClient.connect(port);
    }

    @AfterEach
    void disconnect() throws Exception {
        client.close();
    }

    @Test
    void listsExecuteRunbookAndCreateIncidentAsTheyChangeThings() {
        assertThat(client.mcpClient().listTools())
                .extracting(ToolSpecification::name)
                .contains("execute_runbook", "get_execution", "create_incident");
    }

    @Test
    void proposalsInjectedThroughALogLineAreRefusedAndNeverRecorded() {
        JsonNode unknown = JSON.readTree(client.ok("propose_remediation", """
                {"runbook":"restart-deployment; kubectl delete ns shop","namespace":"shop","kind":"Deployment",
                 "name":"cart"}"""));
        JsonNode forbidden = JSON.readTree(client.ok("propose_remediation", """
                {"runbook":"restart-deployment","namespace":"kube-system","kind":"Deployment","name":"coredns"}"""));

        assertThat(unknown.at("/refusal").asString()).isEqualTo("UNKNOWN_RUNBOOK");
        assertThat(forbidden.at("/refusal").asString()).isEqualTo("FORBIDDEN_BY_POLICY");
        assertThat(ledger.pending(100))
                .noneMatch(p -> p.target().namespace().equals("kube-system")
                        || p.runbook().contains(";"));
    }

    @Test
    void executeIsRefusedWithoutApprovalAndRunsOnceApproved() {
        JsonNode proposal = JSON.readTree(client.ok("propose_remediation", """
                {"runbook":"restart-deployment","namespace":"shop","kind":"Deployment","name":"web"}"""));
        String id = proposal.at("/proposalId").asString();

        assertThatThrownBy(() -> client.call("execute_runbook", "{\"proposal_id\":\"" + id + "\"}"))
                .isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("refused (APPROVAL_MISSING)");
        var granted = (Decision.Granted) ledger.approvals().approve(id, "alice", null, Duration.ofMinutes(5));
        JsonNode executed = JSON.readTree(client.ok(
                "execute_runbook",
                "{\"proposal_id\":\"" + id + "\",\"approval_id\":\"" + granted.approvalId() + "\"}"));
        JsonNode read = JSON.readTree(client.ok(
                "get_execution",
                "{\"execution_id\":\"" + executed.at("/executionId").asString() + "\"}"));

        assertThat(executed.at("/status").asString()).isEqualTo("SUCCEEDED");
        assertThat(read.at("/steps/0/action").asString()).isEqualTo("rollout-restart");
    }

    @Test
    void aProposalBelongsToItsInvestigationAndARunNamesWhoAskedForIt() {
        String body = """
                {"runbook":"restart-deployment","namespace":"shop","kind":"Deployment","name":"web",
                 "investigation_id":"%s"}""";
        JsonNode first = JSON.readTree(client.ok("propose_remediation", body.formatted("inv-1")));
        JsonNode second = JSON.readTree(client.ok("propose_remediation", body.formatted("inv-2")));
        String id = first.at("/proposalId").asString();
        var granted = (Decision.Granted) ledger.approvals().approve(id, "alice", null, Duration.ofMinutes(5));

        JsonNode executed = JSON.readTree(client.ok("execute_runbook", """
                {"proposal_id":"%s","approval_id":"%s","executed_by":"bob@example.com"}""".formatted(id, granted.approvalId())));

        assertThat(first.at("/investigationId").asString()).isEqualTo("inv-1");
        assertThat(second.at("/proposalId").asString()).isNotEqualTo(id);
        assertThat(executed.at("/executedBy").asString()).isEqualTo("bob@example.com");
    }

    @Test
    void anUnnamedCallerIsAuditedAsUnnamedNotAsTheServer() {
        JsonNode proposal = JSON.readTree(client.ok("propose_remediation", """
                {"runbook":"restart-deployment","namespace":"shop","kind":"Deployment","name":"web",
                 "investigation_id":"inv-3"}"""));
        String id = proposal.at("/proposalId").asString();

        assertThatThrownBy(() -> client.call("execute_runbook", "{\"proposal_id\":\"" + id + "\"}"))
                .isInstanceOf(ToolExecutionException.class);

        assertThat(ledger.auditTrail(id).getLast().actor()).isEqualTo("unnamed-mcp-caller");
    }

    @Test
    void anInvestigationIdOrACallerThatCannotBeStoredIsRefused() {
        assertThatThrownBy(() -> client.call("propose_remediation", """
                        {"runbook":"restart-deployment","namespace":"shop","kind":"Deployment","name":"web",
                         "investigation_id":"inv 1; drop table"}"""))
                .isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("investigation_id");
        assertThatThrownBy(() -> client.call("execute_runbook", """
                        {"proposal_id":"rp-00000000000000000000000000000000","executed_by":"%s"}""".formatted("x".repeat(201))))
                .isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("executed_by");
    }

    @Test
    void anIncidentIsRecorded() {
        JsonNode incident = JSON.readTree(client.ok("create_incident", """
                {"title":"cart OOMKilled","severity":"high","summary":"limit raised to 384Mi",
                 "finding_ids":["oom_killed/Deployment/shop/cart"],"proposal_ids":[]}"""));

        assertThat(incident.at("/incidentId").asString()).isNotBlank();
        assertThat(incident.at("/severity").asString()).isEqualTo("HIGH");
    }
}
