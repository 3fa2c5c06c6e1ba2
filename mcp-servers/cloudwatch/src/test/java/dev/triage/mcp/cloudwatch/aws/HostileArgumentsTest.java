package dev.triage.mcp.cloudwatch.aws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.testing.McpHttp;
import dev.triage.mcp.hosting.testing.ToolArgumentProbe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * Every string argument of every tool this server lists, given each hostile value, against CloudWatch's wire
 * protocols on a loopback fake: a Kubernetes name is refused as an error result naming it before any AWS call, and
 * nothing can add a command to a Logs Insights query the server builds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileArgumentsTest {

    static final FakeAws FAKE = FakeAws.start();

    @DynamicPropertySource
    static void aws(DynamicPropertyRegistry registry) {
        registry.add("triage.cloudwatch.region", () -> "eu-west-1");
        registry.add("triage.cloudwatch.cluster-name", () -> "prod");
        registry.add(
                "triage.cloudwatch.endpoint-override", () -> FAKE.endpoint().toString());
        registry.add("triage.cloudwatch.max-attempts", () -> "1");
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

    @AfterAll
    static void stopFake() {
        FAKE.close();
    }

    @Test
    void everyToolRefusesEveryHostileNameBeforeCallingAws() {
        var samples = Map.<String, Object>of(
                "resource_type", "cluster",
                "metric_name", "node_cpu_utilization",
                "queries", List.of(Map.of("namespace", "ContainerInsights", "metric_name", "node_cpu_utilization")),
                "log_group_names", List.of("/aws/containerinsights/prod/application"),
                "log_group_name", "/aws/containerinsights/prod/application",
                "query_string", "fields @message | limit 5",
                "query_id", "q-0");

        int probes = new ToolArgumentProbe(McpHttp.at(port), samples, FAKE::drain)
                .notKubernetes(
                        "list_metrics",
                        "namespace",
                        "a CloudWatch namespace, where '/', '#' and '.' are CloudWatch's own characters (AWS/EC2)")
                .probeEveryTool();

        assertThat(probes).isGreaterThan(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"resource_type\":\"pod\",\"resource_name\":\"cart\",\"fields\":\"@message | stats count(*)\"}",
                "{\"resource_type\":\"pod\",\"resource_name\":\"cart\",\"filter_pattern\":\"x\\n| fields @message\"}",
                "{\"resource_type\":\"pod\",\"resource_name\":\"cart/ | stats count(*)\"}",
                "{\"resource_type\":\"pod\",\"resource_name\":\"cart\",\"namespace\":\"shop\\\" or 1=1\"}"
            })
    void nothingCanAddACommandToTheLogsInsightsQueryTheServerBuilds(String arguments) {
        FAKE.drain();

        var response = McpHttp.at(port).post(McpHttp.call("get_cloudwatch_logs", arguments));

        assertThat(McpHttp.isError(response)).as(response.body()).isTrue();
        assertThat(McpHttp.text(response)).contains("failed: argument '");
        assertThat(FAKE.drain()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"namespace\":\"ContainerInsights\",\"metric_name\":\"pod_cpu_utilization\","
                        + "\"dimensions\":{\"Namespace\":\"../../shop\"}}",
                "{\"namespace\":\"ContainerInsights\",\"metric_name\":\"pod_cpu_utilization\","
                        + "\"dimensions\":{\"PodName\":\"Cart\\n\"}}",
                "{\"namespace\":\"Container\\nInsights\",\"metric_name\":\"pod_cpu_utilization\"}",
                "{\"namespace\":\"ContainerInsights\",\"metric_name\":\"pod_cpu\\\"utilization\"}"
            })
    void aMetricQuerysNamesAndKubernetesDimensionsAreCheckedBeforeAnyCall(String query) {
        FAKE.drain();

        var response = McpHttp.at(port).post(McpHttp.call("get_metric_data", "{\"queries\":[" + query + "]}"));

        assertThat(McpHttp.isError(response)).as(response.body()).isTrue();
        assertThat(McpHttp.text(response)).contains("failed: argument 'queries[0].");
        assertThat(FAKE.drain()).isEmpty();
    }
}
