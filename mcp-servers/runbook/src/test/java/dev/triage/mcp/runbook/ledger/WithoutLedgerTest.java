package dev.triage.mcp.runbook.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.testing.TestSnapshots;
import dev.triage.mcp.hosting.testing.McpTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code triage.runbook-ledger=none}, the one-shot CLI's server: no database starts, proposals are planned and
 * answered as with a ledger, and nothing that needs one (running, reading a run, recording an incident) is served,
 * even with the mutating tools on.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"triage.runbook-ledger=none", "triage.mcp.mutating-tools=approval-gated"})
class WithoutLedgerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void snapshot(DynamicPropertyRegistry registry) {
        registry.add("triage.snapshot", () -> TestSnapshots.dir("remediation").toString());
    }

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

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
    void startsNoDatabaseAndServesOnlyWhatNeedsNone() {
        assertThat(context.getBeanNamesForType(LedgerDatabase.class)).isEmpty();
        assertThat(context.getBeanNamesForType(RunbookLedger.class)).isEmpty();
        assertThat(client.toolNames())
                .containsExactlyInAnyOrder("list_runbooks", "get_runbook", "find_guides", "propose_remediation");
    }

    @Test
    void aProposalIsPlannedAsWithALedger() {
        JsonNode proposal = JSON.readTree(client.ok("propose_remediation", """
                {"runbook":"raise-memory-limit","namespace":"shop","kind":"Deployment","name":"cart",
                 "finding_id":"oom_killed/Deployment/shop/cart","investigation_id":"cli-1"}"""));

        assertThat(proposal.at("/status").asString()).isEqualTo("PROPOSED");
        assertThat(proposal.at("/proposalId").asString()).startsWith("rp-");
        assertThat(proposal.at("/plan/0/changes/0/to").asString()).isEqualTo("384Mi");
    }

    @Test
    void executeRunbookIsAnUnknownTool() {
        assertThatThrownBy(() -> client.call("execute_runbook", "{\"proposal_id\":\"rp-0\",\"approval_id\":\"x\"}"))
                .hasMessageContaining("Unknown tool: execute_runbook");
    }
}
