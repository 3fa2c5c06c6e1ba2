package dev.triage.mcp.cloudwatch.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.testing.McpTestClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The tools as an agent calls them, with the server talking to CloudWatch's wire protocols on a loopback fake. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AwsToolsOverMcpTest {

    static final FakeAws FAKE = FakeAws.start();

    @DynamicPropertySource
    static void aws(DynamicPropertyRegistry registry) {
        registry.add("triage.cloudwatch.region", () -> "eu-west-1");
        registry.add("triage.cloudwatch.cluster-name", () -> "prod");
        registry.add(
                "triage.cloudwatch.endpoint-override", () -> FAKE.endpoint().toString());
        registry.add("triage.cloudwatch.max-attempts", () -> "2");
        registry.add("triage.cloudwatch.query-poll-interval", () -> "10ms");
    }

    @TestConfiguration
    static class StaticCredentials {
        @Bean
        AwsCredentialsProvider testCredentials() {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDFAKE", "fake-secret"));
        }
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

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @Test
    void everyToolIsListed() {
        assertThat(client.toolNames())
                .contains(
                        "get_metric_data",
                        "list_metrics",
                        "get_cloudwatch_metrics",
                        "get_eks_metrics_guidance",
                        "get_cloudwatch_logs",
                        "start_logs_insights_query",
                        "get_logs_insights_results",
                        "run_logs_insights_query",
                        "filter_log_events");
    }

    @Test
    void podMetricsAreQueriedWithTheWorkloadAsPodNameAndSummarised() {
        FAKE.on(
                "ListMetrics",
                new FakeAws.Ok(Map.of(
                        "Metrics",
                        List.of(
                                metric("cart", Map.of("FullPodName", "cart-6b7f9c8d4-kx2vq")),
                                metric("cart", Map.of())))));
        FAKE.on(
                "GetMetricData",
                new FakeAws.Ok(Map.of(
                        "MetricDataResults",
                        List.of(Map.of(
                                "Id",
                                "m1",
                                "Timestamps",
                                List.of(at("09:20"), at("09:30"), at("09:38")),
                                "Values",
                                List.of(61.0, 78.0, 97.0),
                                "StatusCode",
                                "Complete")))));

        String text = ok(client.answer("get_cloudwatch_metrics", """
                {"resource_type":"pod","resource_name":"cart","namespace":"shop",
                 "metric_name":"pod_memory_utilization_over_pod_limit","minutes":30,"statistic":"Maximum"}"""));

        assertThat(text).contains("\"max\" : 97.0", "\"first\" : 61.0", "\"max_at\" : \"2026-11-21T09:38:00Z\"");
        var query = FAKE.requests("GetMetricData")
                .getLast()
                .body()
                .get("MetricDataQueries")
                .get(0);
        assertThat(query.get("MetricStat").get("Stat").asText()).isEqualTo("Maximum");
        assertThat(query.get("MetricStat").get("Metric").get("Dimensions").findValuesAsText("Value"))
                .containsExactlyInAnyOrder("prod", "shop", "cart");
    }

    @Test
    void severalQueriesWithPercentilesGoInOneCall() {
        FAKE.on(
                "GetMetricData",
                new FakeAws.Ok(Map.of(
                        "MetricDataResults",
                        List.of(
                                Map.of("Id", "p99", "Timestamps", List.of(at("09:30")), "Values", List.of(2431.0)),
                                Map.of("Id", "avg", "Timestamps", List.of(at("09:30")), "Values", List.of(310.0))))));

        String text = ok(client.answer("get_metric_data", """
                {"queries":[
                  {"id":"p99","namespace":"App","metric_name":"latency","dimensions":{"Service":"search"},"stat":"p99"},
                  {"id":"avg","namespace":"App","metric_name":"latency","dimensions":{"Service":"search"}}],
                 "start_time":"2026-11-21T09:00:00Z","end_time":"2026-11-21T10:00:00Z","period":300}"""));

        assertThat(text).contains("\"last\" : 2431.0", "\"last\" : 310.0");
        var queries = FAKE.requests("GetMetricData").getLast().body().get("MetricDataQueries");
        assertThat(queries.findValuesAsText("Stat")).containsExactly("p99", "Average");
        assertThat(queries.findValues("Period"))
                .allSatisfy(p -> assertThat(p.asInt()).isEqualTo(300));
    }

    @Test
    void anUnknownMetricIsAnErrorListingTheMetricsThatExist() {
        FAKE.on("GetMetricData", new FakeAws.Ok(Map.of("MetricDataResults", List.of())));
        FAKE.on(
                "ListMetrics",
                new FakeAws.Ok(Map.of("Metrics", List.of())),
                new FakeAws.Ok(Map.of("Metrics", List.of(metric("cart", Map.of())))));

        McpTestClient.Answer result = client.answer("get_metric_data", """
                {"queries":[{"namespace":"ContainerInsights","metric_name":"pod_cpu_pct",
                  "dimensions":{"ClusterName":"prod"}}]}""");

        assertThat(result.isError()).isTrue();
        assertThat(result.resultText())
                .contains(
                        "get_metric_data(",
                        "no metric 'pod_cpu_pct' in namespace 'ContainerInsights'",
                        "metrics there: pod_memory_utilization_over_pod_limit");
    }

    @Test
    void badInputsAreErrorsThatSayWhatToChange() {
        assertThat(error("get_metric_data", """
                {"queries":[{"namespace":"ContainerInsights","metric_name":"m","dimensions":"PodName=cart"}]}""")).contains("dimensions");
        assertThat(error("get_metric_data", """
                {"queries":[{"namespace":"ContainerInsights","metric_name":"m","dimensions":{"Pod":"cart"}}]}"""))
                .contains("dimension 'Pod'", "is not a Container Insights dimension", "PodName");
        assertThat(error("get_metric_data", """
                {"queries":[{"namespace":"N","metric_name":"m"}],"start_time":"-1h","end_time":"-2h"}""")).contains("start_time", "must be before end_time");
        assertThat(error("get_metric_data", """
                {"queries":[{"namespace":"N","metric_name":"m"}],"period":90}""")).contains("period 90s", "multiple of 60");
        assertThat(error("get_metric_data", """
                {"queries":[{"namespace":"N","metric_name":"m","stat":"median"}]}""")).contains("stat 'median'", "p90");
        assertThat(error("get_metric_data", """
                {"queries":[{"namespace":"N","metric_name":"m"}],"start_time":"-7d","period":1}""")).contains("points", "raise period");
        assertThat(error("get_cloudwatch_metrics", """
                {"resource_type":"deployment","metric_name":"m"}""")).contains("resource_type", "pod");
    }

    @Test
    void aPersistentThrottleIsAnErrorNamingTheToolCallAndTheAwsCall() {
        FAKE.on("GetMetricData", new FakeAws.Failure(400, "Throttling", "Rate exceeded"));

        String text = error("get_metric_data", """
                {"queries":[{"namespace":"N","metric_name":"m"}]}""");

        assertThat(text).contains("get_metric_data(", "CloudWatch GetMetricData failed: Throttling: Rate exceeded");
    }

    @Test
    void aLogsInsightsQueryIsStartedAndPolledUntilItCompletes() {
        FAKE.on("StartQuery", new FakeAws.Ok(Map.of("queryId", "q-7")));
        FAKE.on(
                "GetQueryResults",
                new FakeAws.Ok(Map.of("status", "Running", "results", List.of())),
                new FakeAws.Ok(Map.of(
                        "status", "Complete",
                        "results", List.of(List.of(Map.of("field", "@message", "value", "slow request 2431ms"))),
                        "statistics", Map.of("recordsMatched", 1.0, "recordsScanned", 10.0))));

        String text = ok(client.answer("run_logs_insights_query", """
                {"log_group_names":["/aws/containerinsights/prod/application"],
                 "query_string":"fields @message | filter @message like /slow/"}"""));

        assertThat(text).contains("\"status\" : \"Complete\"", "slow request 2431ms");
        assertThat(FAKE.requests("GetQueryResults"))
                .extracting(r -> r.body().get("queryId").asText())
                .allMatch("q-7"::equals);
    }

    @Test
    void containerLogsOfAPodAreALogsInsightsQueryOnTheApplicationGroup() {
        FAKE.on("StartQuery", new FakeAws.Ok(Map.of("queryId", "q-8")));
        FAKE.on(
                "GetQueryResults",
                new FakeAws.Ok(Map.of(
                        "status",
                        "Complete",
                        "results",
                        List.of(List.of(Map.of("field", "@message", "value", "OOM: heap exhausted"))))));

        String text = ok(client.answer("get_cloudwatch_logs", """
                {"resource_type":"pod","resource_name":"cart","namespace":"shop","filter_pattern":"OOM"}"""));

        assertThat(text).contains("OOM: heap exhausted");
        var start = FAKE.requests("StartQuery").getLast().body();
        assertThat(start.get("logGroupNames").get(0).asText()).isEqualTo("/aws/containerinsights/prod/application");
        assertThat(start.get("queryString").asText())
                .contains(
                        "filter kubernetes.pod_name like /cart/",
                        "kubernetes.namespace_name = \"shop\"",
                        "@message like \"OOM\"");
    }

    @Test
    void filterLogEventsWithNoMatchSaysSo() {
        FAKE.on("FilterLogEvents", new FakeAws.Ok(Map.of("events", List.of())));

        McpTestClient.Answer result = client.answer("filter_log_events", """
                {"log_group_name":"/aws/containerinsights/prod/application","filter_pattern":"ERROR"}""");

        assertThat(result.isError()).isFalse();
        assertThat(result.resultText()).contains("no events");
    }

    private String error(String tool, String arguments) {
        McpTestClient.Answer result = client.answer(tool, arguments);
        assertThat(result.isError()).as(result.resultText()).isTrue();
        return result.resultText();
    }

    private static String ok(McpTestClient.Answer result) {
        assertThat(result.isError()).as(result.resultText()).isFalse();
        return result.resultText();
    }

    private static Instant at(String time) {
        return Instant.parse("2026-11-21T" + time + ":00Z");
    }

    private static Map<String, Object> metric(String workload, Map<String, String> extra) {
        var dimensions = new java.util.ArrayList<Map<String, String>>(List.of(
                Map.of("Name", "ClusterName", "Value", "prod"),
                Map.of("Name", "Namespace", "Value", "shop"),
                Map.of("Name", "PodName", "Value", workload)));
        extra.forEach((name, value) -> dimensions.add(Map.of("Name", name, "Value", value)));
        return Map.of(
                "Namespace", "ContainerInsights",
                "MetricName", "pod_memory_utilization_over_pod_limit",
                "Dimensions", dimensions);
    }
}
