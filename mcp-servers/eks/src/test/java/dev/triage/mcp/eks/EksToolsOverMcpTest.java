package dev.triage.mcp.eks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolSpecification;
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

/** Every tool, called the way an agent calls it: through a real MCP client over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EksToolsOverMcpTest {

    @DynamicPropertySource
    static void snapshot(DynamicPropertyRegistry registry) {
        FixtureCluster.serve(registry);
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
    void listsEveryToolWithADescriptionAndSchema() {
        var tools = client.mcpClient().listTools();

        assertThat(tools)
                .extracting(ToolSpecification::name)
                .containsExactlyInAnyOrder(
                        "get_cluster_info",
                        "list_namespaces",
                        "list_api_versions",
                        "list_resources",
                        "get_resource",
                        "get_pod_logs",
                        "get_events",
                        "find_unhealthy");
        assertThat(tools).allSatisfy(tool -> assertThat(tool.description()).hasSizeGreaterThan(80));
    }

    @Test
    void clusterInfoNamesTheClusterTheSnapshotTimeAndTheNodeThatIsNotReady() {
        String info = client.ok("get_cluster_info", "{}");

        assertThat(info)
                .contains(
                        "cluster: fixture-cluster",
                        "captured at 2026-11-21T10:00:00Z",
                        "nodes: 2, 1 Ready",
                        "nodes not Ready: node-b",
                        "node-b [MemoryPressure]",
                        "namespaces: 3");
    }

    @Test
    void namespacesCountTheirPodsThatAreNotReady() {
        assertThat(client.ok("list_namespaces", "{}")).contains("shop  phase=Active pods=2 notReady=1 age=324d");
    }

    @Test
    void apiVersionsIncludeTheBuiltInGroups() {
        assertThat(client.ok("list_api_versions", "{}")).contains("v1", "apps/v1", "batch/v1");
    }

    @Test
    void podsAreListedWithTheirStatusSummary() {
        String pods = client.ok("list_resources", """
                {"kind":"pods","namespace":"shop"}""");

        assertThat(pods)
                .startsWith("Pod (v1) in namespace shop: 2 objects")
                .contains("shop/cart-7d9f-aaaaa  phase=Running ready=0/1 restarts=7 waiting=CrashLoopBackOff "
                        + "last=OOMKilled(137) node=node-a age=26h")
                .contains("shop/web-1  phase=Running ready=2/2 restarts=0 node=node-a age=2d");
    }

    @Test
    void workloadsServicesNodesClaimsAndJobsSayWhatIsWrong() {
        assertThat(client.ok("list_resources", "{\"kind\":\"Deployment\"}"))
                .contains("shop/cart  ready=0/2 updated=2 available=0 unavailable=2 "
                        + "conditions=Available=False(MinimumReplicasUnavailable)");
        assertThat(client.ok("list_resources", "{\"kind\":\"svc\",\"namespace\":\"shop\"}"))
                .contains("selector=app=cart", "endpoints=ready:0,notReady:1");
        assertThat(client.ok("list_resources", "{\"kind\":\"Node\"}"))
                .contains("node-b  Ready=False pressure=MemoryPressure version=v1.33.2-eks-1");
        assertThat(client.ok("list_resources", "{\"kind\":\"pvc\"}")).contains("shop/data  phase=Pending", "class=gp3");
        assertThat(client.ok("list_resources", "{\"kind\":\"Job\"}"))
                .contains("failed=3", "conditions=Failed=True(BackoffLimitExceeded)");
    }

    @Test
    void aListLongerThanTheLimitSaysWhatWasLeftOut() {
        assertThat(client.ok("list_resources", "{\"kind\":\"Pod\",\"limit\":1}"))
                .endsWith("[truncated: showing 1 of 2 items; pass a namespace, a label_selector or a larger limit "
                        + "to see the rest]");
    }

    @Test
    void aLabelSelectorNarrowsTheList() {
        assertThat(client.ok("list_resources", "{\"kind\":\"Pod\",\"label_selector\":\"app=web\"}"))
                .contains("shop/web-1")
                .doesNotContain("cart-7d9f-aaaaa");
    }

    @Test
    void getResourceReturnsYamlWithoutManagedFieldsAndWithSecretLookingEnvRedacted() {
        String yaml = client.ok("get_resource", """
                {"kind":"Deployment","name":"cart","namespace":"shop"}""");

        assertThat(yaml)
                .contains(
                        "kind: \"Deployment\"",
                        "DB_PASSWORD",
                        "<redacted>",
                        "LOG_LEVEL",
                        "debug",
                        "postgres://cart:<redacted>@db.shop:5432/cart",
                        "--api-key=<redacted>",
                        "unavailableReplicas: 2");
        assertThat(yaml).doesNotContain("managedFields");
    }

    @Test
    void aSecretIsShownByItsTypeAndKeyNamesOnly() {
        String secret = client.ok("get_resource", """
                {"kind":"Secret","name":"cart-db","namespace":"shop"}""");

        assertThat(secret).contains("name: \"cart-db\"", "type: \"Opaque\"", "- \"password\"", "- \"username\"");
        assertThat(client.ok("list_resources", "{\"kind\":\"Secret\"}"))
                .contains("shop/cart-db  type=Opaque keys=password,username");
    }

    @Test
    void thePreviousLogOfACrashedContainerIsTailedAndSaysEarlierLinesExist() {
        String log = client.ok("get_pod_logs", """
                {"pod_name":"cart-7d9f-aaaaa","namespace":"shop","previous":true,"tail_lines":20}""");

        assertThat(log)
                .startsWith("The log of shop/cart-7d9f-aaaaa container cart (previous instance), last 20 lines:")
                .contains("[truncated: earlier lines exist; pass a larger tail_lines (max 5000) to see more]")
                .endsWith("java.lang.OutOfMemoryError: Java heap space\n\tat dev.shop.Cart.load(Cart.java:42)");
    }

    @Test
    void theCurrentLogIsReturnedWhole() {
        assertThat(client.ok("get_pod_logs", """
                {"pod_name":"cart-7d9f-aaaaa","namespace":"shop"}"""))
                .endsWith("2026-11-21T09:59:40Z starting cart\n2026-11-21T09:59:45Z loading catalog");
    }

    @Test
    void eventsComeWarningsFirstThenNewest() {
        String events = client.ok("get_events", """
                {"namespace":"shop","kind":"Pod","name":"cart-7d9f-aaaaa"}""");

        assertThat(events).startsWith("2 events about Pod cart-7d9f-aaaaa in namespace shop, 1 warnings:");
        assertThat(events.indexOf("Warning BackOff")).isLessThan(events.indexOf("Normal Pulled"));
        assertThat(events).contains("(x42): Back-off restarting failed container cart");
    }

    @Test
    void findUnhealthyReturnsFindingsAsJsonWithCounts() {
        JsonNode report =
                JsonMapper.builder().build().readTree(client.ok("find_unhealthy", "{\"namespace\":\"shop\"}"));

        assertThat(report.at("/cluster").asString()).isEqualTo("fixture-cluster");
        assertThat(report.at("/counts/findings").asInt())
                .isEqualTo(report.at("/findings").size())
                .isPositive();
        assertThat(report.at("/findings/0/evidence").isArray()).isTrue();
        assertThat(report.at("/findings").findValuesAsString("name")).contains("cart");
    }
}
