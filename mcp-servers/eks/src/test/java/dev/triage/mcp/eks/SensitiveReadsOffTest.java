package dev.triage.mcp.eks;

import static dev.triage.mcp.hosting.testing.McpHttp.call;
import static dev.triage.mcp.hosting.testing.McpHttp.isError;
import static dev.triage.mcp.hosting.testing.McpHttp.json;
import static dev.triage.mcp.hosting.testing.McpHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.testing.McpHttp;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "triage.mcp.sensitive-reads=false")
class SensitiveReadsOffTest {

    @DynamicPropertySource
    static void snapshot(DynamicPropertyRegistry registry) {
        FixtureCluster.serve(registry);
    }

    @LocalServerPort
    int port;

    @Test
    void logsAndEventsAreNotListed() {
        var tools = json(McpHttp.at(port).post(McpHttp.request("tools/list"))).at("/result/tools");

        assertThat(tools.valueStream().map(tool -> tool.get("name").asString()))
                .contains("list_resources", "find_unhealthy")
                .doesNotContain("get_pod_logs", "get_events");
    }

    @Test
    void callingTheLogToolIsRefused() {
        var response = McpHttp.at(port).post(call("get_pod_logs", """
                {"pod_name":"cart-7d9f-aaaaa","namespace":"shop"}"""));

        assertThat(isError(response)).isTrue();
        assertThat(text(response)).contains("triage.mcp.sensitive-reads=false");
    }

    @Test
    void findingsKeepTheirEvidenceButWithholdLogAndEventQuotes() {
        var response = McpHttp.at(port).post(call("find_unhealthy", "{}"));

        var report = tools.jackson.databind.json.JsonMapper.builder().build().readTree(text(response));
        var evidence = report.at("/findings")
                .valueStream()
                .flatMap(finding -> finding.get("evidence").valueStream())
                .toList();
        assertThat(evidence).isNotEmpty();
        assertThat(evidence)
                .filteredOn(
                        e -> List.of("LOG", "EVENT").contains(e.get("source").asString()))
                .allSatisfy(e -> assertThat(e.get("quote").asString())
                        .isEqualTo("<withheld: sensitive reads are off on this server>"));
    }

    @Test
    void eventsCannotBeReadThroughTheResourceTools() {
        var response = McpHttp.at(port).post(call("list_resources", "{\"kind\":\"Event\"}"));

        assertThat(isError(response)).isTrue();
        assertThat(text(response)).contains("events are sensitive reads");
    }
}
