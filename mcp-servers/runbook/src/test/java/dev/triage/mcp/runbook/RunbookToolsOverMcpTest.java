package dev.triage.mcp.runbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.exception.ToolExecutionException;
import dev.triage.kubernetes.testing.TestSnapshots;
import dev.triage.mcp.hosting.testing.McpTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The tools called the way the remediation agent calls them: a real MCP client over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunbookToolsOverMcpTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void snapshot(DynamicPropertyRegistry registry) {
        registry.add("triage.snapshot", () -> TestSnapshots.dir("remediation").toString());
    }

    @LocalServerPort
    int port;

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
    void listsTheReadToolsWithDescriptionsAndNoMutatingOneByDefault() {
        var tools = client.mcpClient().listTools();

        assertThat(tools)
                .extracting(ToolSpecification::name)
                .containsExactlyInAnyOrder(
                        "list_runbooks", "get_runbook", "find_guides", "propose_remediation", "get_execution");
        assertThat(tools).allSatisfy(tool -> assertThat(tool.description()).hasSizeGreaterThan(80));
    }

    @Test
    void listRunbooksFiltersByCategoryAndShowsTypedParameters() {
        JsonNode list = JSON.readTree(client.ok("list_runbooks", "{\"category\":\"OOM_KILLED\"}"));

        assertThat(list.at("/runbooks").size()).isEqualTo(1);
        assertThat(list.at("/runbooks/0/id").asString()).isEqualTo("raise-memory-limit");
        assertThat(list.at("/runbooks/0/risk").asString()).isEqualTo("medium");
        assertThat(list.at("/runbooks/0/mutating").asBoolean()).isTrue();
        assertThat(list.at("/runbooks/0/parameters/1/name").asString()).isEqualTo("memory_limit");
        assertThat(list.at("/runbooks/0/parameters/1/type").asString()).isEqualTo("quantity");
        assertThat(list.at("/runbooks/0/parameters/1/max").asString()).isEqualTo("32Gi");
        assertThat(list.at("/runbooks/0/targets").toString()).contains("Deployment", "StatefulSet");
        assertThat(list.at("/runbooks/0/steps/0/action").asString()).isEqualTo("set-resources");
        assertThat(list.at("/runbooks/0/steps/0/with/resource").asString()).isEqualTo("memory");
    }

    @Test
    void getRunbookShowsStepsVerificationRollbackAndGuides() {
        JsonNode runbook = JSON.readTree(client.ok("get_runbook", "{\"id\":\"rollback-deployment\"}"));

        assertThat(runbook.at("/steps/0/action").asString()).isEqualTo("rollout-undo");
        assertThat(runbook.at("/steps/0/with/revision").asString()).isEqualTo("${revision}");
        assertThat(runbook.at("/rollback").asString()).isNotBlank();
        assertThat(runbook.at("/guides").toString()).contains("pod-crash-looping");
    }

    @Test
    void findGuidesReturnsTheGuideForAnAlert() {
        JsonNode guides = JSON.readTree(client.ok("find_guides", "{\"alert\":\"KubeContainerOOMKilled\"}"));

        assertThat(guides.at("/guides/0/id").asString()).isEqualTo("container-oom-killed");
        assertThat(guides.at("/guides/0/body").asString()).contains("OOMKilled");
    }

    @Test
    void proposeRemediationReturnsTheDryRunPlan() {
        JsonNode proposal = JSON.readTree(client.ok("propose_remediation", """
                {"runbook":"raise-memory-limit","namespace":"shop","kind":"Deployment","name":"cart",
                 "finding_id":"oom_killed/Deployment/shop/cart"}"""));

        assertThat(proposal.at("/status").asString()).isEqualTo("PROPOSED");
        assertThat(proposal.at("/proposalId").asString()).startsWith("rp-");
        assertThat(proposal.at("/target/kind").asString()).isEqualTo("Deployment");
        assertThat(proposal.at("/params/memory_limit").asString()).isEqualTo("384Mi");
        assertThat(proposal.at("/requiresApproval").asBoolean()).isTrue();
        assertThat(proposal.at("/plan/0/changes/0/to").asString()).isEqualTo("384Mi");
        assertThat(proposal.at("/findingId").asString()).isEqualTo("oom_killed/Deployment/shop/cart");
    }

    @Test
    void aRefusalIsAnAnswerNotAnError() {
        JsonNode proposal = JSON.readTree(client.ok("propose_remediation", """
                {"runbook":"delete-pod","namespace":"kube-system","kind":"Pod","name":"aws-node-abcde"}"""));

        assertThat(proposal.at("/status").asString()).isEqualTo("REFUSED");
        assertThat(proposal.at("/refusal").asString()).isEqualTo("FORBIDDEN_BY_POLICY");
        assertThat(proposal.at("/proposalId").isNull()).isTrue();
    }

    @Test
    void argumentsOutsideTheSchemaAreAnErrorNamingTheCall() {
        assertThatThrownBy(() -> client.call("propose_remediation", """
                        {"runbook":"restart-deployment","namespace":"shop","kind":"Deployment","name":"cart",
                         "params":{"timeout":{"$(reboot)":1}}}"""))
                .isInstanceOf(ToolExecutionException.class)
                .hasMessageStartingWith("Call propose_remediation(")
                .hasMessageContaining("invalid arguments")
                .hasMessageContaining("/params/timeout: object found");
        assertThatThrownBy(() -> client.call("list_runbooks", "{\"category\":\"OOM_KILLED\",\"shell\":\"sh\"}"))
                .isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("invalid arguments");
    }

    @Test
    void anUnknownCategoryOrRunbookIsAnErrorThatListsTheKnownOnes() {
        assertThatThrownBy(() -> client.call("list_runbooks", "{\"category\":\"BROKEN\"}"))
                .hasMessageContaining("argument 'category' must be one of [CRASH_LOOP");
        assertThatThrownBy(() -> client.call("get_runbook", "{\"id\":\"reboot\"}"))
                .hasMessageContaining("no runbook 'reboot' in the catalog; it has [");
    }
}
