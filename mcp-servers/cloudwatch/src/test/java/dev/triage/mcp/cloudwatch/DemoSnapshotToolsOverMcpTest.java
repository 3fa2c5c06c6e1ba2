package dev.triage.mcp.cloudwatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.mcp.hosting.testing.McpTestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The embedded default: the tools over MCP serving the bundled demo snapshot's series and container logs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoSnapshotToolsOverMcpTest {

    static final String APPLICATION = "/aws/containerinsights/demo-eks/application";

    @DynamicPropertySource
    static void snapshot(DynamicPropertyRegistry registry) {
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
    void aWorkloadsCpuIsTheAggregateSeriesReadAtTheCaptureTime() {
        String text = ok("get_cloudwatch_metrics", """
                {"resource_type":"pod","resource_name":"search","namespace":"shop",
                 "metric_name":"pod_cpu_utilization_over_pod_limit","minutes":10}""");

        assertThat(text)
                .contains("\"source\" : \"snapshot ", "\"end\" : \"2026-11-21T09:42:00Z\"", "\"PodName\" : \"search\"")
                .doesNotContain("FullPodName");
    }

    @Test
    void aRealPodNameIsFoundAsFullPodName() {
        assertThat(ok("get_cloudwatch_metrics", """
                {"resource_type":"pod","resource_name":"search-7c5d9f8b6d-h2kq4","namespace":"shop",
                 "metric_name":"pod_cpu_utilization_over_pod_limit"}""")).contains("\"FullPodName\" : \"search-7c5d9f8b6d-h2kq4\"");
    }

    @Test
    void anUnknownPodIsAnErrorThatExplainsPodNameAndListsTheWorkloads() {
        var result = client.answer("get_cloudwatch_metrics", """
                {"resource_type":"pod","resource_name":"serch","namespace":"shop",
                 "metric_name":"pod_cpu_utilization_over_pod_limit"}""");

        assertThat(result.isError()).isTrue();
        assertThat(result.resultText())
                .contains("PodName values that exist in namespace shop:", "search", "PodName is the workload name");
    }

    @Test
    void relativeTimesInGetMetricDataEndAtTheCaptureTime() {
        assertThat(ok("get_metric_data", """
                {"queries":[{"id":"cpu","namespace":"ContainerInsights","metric_name":"pod_cpu_utilization_over_pod_limit",
                  "dimensions":{"ClusterName":"demo-eks","Namespace":"shop","PodName":"search"},"stat":"p90"}],
                 "start_time":"-30m","period":300}"""))
                .contains("\"start\" : \"2026-11-21T09:12:00Z\"", "\"stat\" : \"p90\"", "\"period_seconds\" : 300");
    }

    @Test
    void listMetricsShowsTheDimensionSetsThatExist() {
        assertThat(ok("list_metrics", """
                {"metric_name":"pod_memory_utilization_over_pod_limit","dimensions":{"PodName":"cart"}}"""))
                .contains("FullPodName=cart-7b9d6c5f48-vs4c7", "pod_memory_utilization_over_pod_limit {");
    }

    @Test
    void containerLogsAreFilteredByStreamPrefixAndTerms() {
        String text = ok("filter_log_events", """
                {"log_group_name":"%s","log_stream_name_prefix":"search-","filter_pattern":"duration_ms",
                 "start_time":"-30m","limit":5}""".formatted(APPLICATION));

        assertThat(text).contains("search-7c5d9f8b6d-", "_shop_search", "duration_ms", "\"truncated\"");
    }

    @Test
    void podLogsFallBackToFilteringWhereThereIsNoLogsInsights() {
        assertThat(ok("get_cloudwatch_logs", """
                {"resource_type":"pod","resource_name":"search","namespace":"shop","minutes":30,"limit":3}""")).contains(APPLICATION, "duration_ms");
    }

    @Test
    void logsInsightsOnASnapshotIsNoDataThatPointsToFilterLogEvents() {
        var result = client.answer("run_logs_insights_query", """
                {"log_group_names":["%s"],"query_string":"fields @message"}""".formatted(APPLICATION));

        assertThat(result.isError()).isFalse();
        assertThat(result.resultText()).contains("no Logs Insights", "filter_log_events");
    }

    @Test
    void anUnknownLogGroupNamesTheOneThereIs() {
        var result = client.answer("filter_log_events", """
                {"log_group_name":"/aws/eks/demo-eks/cluster"}""");

        assertThat(result.isError()).isTrue();
        assertThat(result.resultText()).contains(APPLICATION);
    }

    @Test
    void guidanceForPodsStatesTheTraps() {
        assertThat(ok("get_eks_metrics_guidance", "{\"resource_type\":\"pod\"}"))
                .contains("`PodName` is the WORKLOAD name", "against the NODE's capacity", "## pod")
                .doesNotContain("## node");
    }

    private String ok(String tool, String arguments) {
        var result = client.answer(tool, arguments);
        assertThat(result.isError()).as(result.resultText()).isFalse();
        return result.resultText();
    }
}
