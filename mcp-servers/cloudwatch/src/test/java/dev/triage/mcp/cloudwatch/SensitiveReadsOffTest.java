package dev.triage.mcp.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.mcp.hosting.testing.McpTestClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With sensitive reads off, no log tool is served: metrics only. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "triage.mcp.sensitive-reads=false")
class SensitiveReadsOffTest {

    @DynamicPropertySource
    static void snapshot(DynamicPropertyRegistry registry) {
        registry.add("triage.snapshot", () -> BundledSnapshots.demo().toString());
    }

    @LocalServerPort
    int port;

    @Test
    void logToolsAreNeitherListedNorServed() throws Exception {
        try (McpTestClient client = McpTestClient.connect(port)) {
            assertThat(client.toolNames())
                    .contains("get_metric_data", "get_cloudwatch_metrics")
                    .doesNotContain(
                            "get_cloudwatch_logs",
                            "filter_log_events",
                            "start_logs_insights_query",
                            "get_logs_insights_results",
                            "run_logs_insights_query");
            var refused =
                    client.answer("filter_log_events", "{\"log_group_name\":\"/aws/containerinsights/x/application\"}");
            assertThat(refused.isError()).isTrue();
        }
    }
}
