package dev.triage.mcp.cloudwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.triage.kubernetes.snapshot.BundledSnapshots;
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

/** {@code analyze_workload} called as the analysis agent calls it: a real MCP client, the demo snapshot's series. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalyzeWorkloadOverMcpTest {

    private static final String TOOL = "analyze_workload";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void demo(DynamicPropertyRegistry registry) {
        registry.add("triage.snapshot", () -> BundledSnapshots.demo().toString());
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
    void aWorkloadsAnalysisEndsAtTheSnapshotsCaptureAndQuotesTheSaturation() {
        JsonNode answer = JSON.readTree(client.ok(TOOL, "{\"namespace\":\"shop\",\"workload\":\"search\"}"));

        assertThat(answer.path("scope").asString()).isEqualTo("workload shop/search");
        assertThat(answer.path("cluster").asString()).isEqualTo("demo-eks");
        assertThat(answer.path("window").path("end").asString()).isEqualTo("2026-11-21T09:42:00Z");
        assertThat(answer.path("window").path("start").asString()).isEqualTo("2026-11-21T08:42:00Z");
        assertThat(answer.path("series")).hasSize(5);
        JsonNode finding = answer.path("findings").get(0);
        assertThat(finding.path("id").asString()).isEqualTo("resource_saturation/Deployment/shop/search");
        assertThat(finding.path("evidence").get(0).path("source").asString()).isEqualTo("METRIC");
        assertThat(finding.path("evidence").get(0).path("quote").asString()).contains("from 09:30");
    }

    @Test
    void theNamespaceAnalysisNamesCartsMemoryClimbAsAnOomLeadUp() {
        JsonNode answer = JSON.readTree(client.ok(TOOL, "{\"namespace\":\"shop\",\"minutes\":90}"));

        assertThat(answer.path("oomLeadUps").get(0).asString()).isEqualTo("resource_saturation/Deployment/shop/cart");
        assertThat(answer.path("findings")).hasSize(2);
    }

    @Test
    void aScopeWithNoSeriesIsNoDataThatSaysWhereItLooked() {
        ToolExecutionResult result = client.call(TOOL, "{\"namespace\":\"nowhere\"}");

        assertThat(result.isError()).isFalse();
        assertThat(result.resultText()).contains("no Container Insights series for namespace nowhere", "demo-eks");
    }

    @Test
    void aWindowOutsideTheBoundsIsAnErrorNamingTheArgument() {
        assertThatThrownBy(() -> client.call(TOOL, "{\"namespace\":\"shop\",\"minutes\":5}"))
                .isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("/minutes: must have a minimum value of 15");
    }

    @Test
    void anUnknownArgumentIsAnErrorNamingIt() {
        assertThatThrownBy(() -> client.call(TOOL, "{\"namespace\":\"shop\",\"deployment\":\"search\"}"))
                .isInstanceOf(ToolExecutionException.class)
                .hasMessageContaining("property 'deployment' is not defined");
    }
}
