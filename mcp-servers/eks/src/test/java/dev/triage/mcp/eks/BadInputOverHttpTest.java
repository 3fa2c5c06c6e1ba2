package dev.triage.mcp.eks;

import static dev.triage.mcp.hosting.testing.McpHttp.call;
import static dev.triage.mcp.hosting.testing.McpHttp.isError;
import static dev.triage.mcp.hosting.testing.McpHttp.json;
import static dev.triage.mcp.hosting.testing.McpHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.testing.McpHttp;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Requests no well-behaved client sends: each is answered by a JSON-RPC error or an error result, never a 5xx. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputOverHttpTest {

    @DynamicPropertySource
    static void snapshot(DynamicPropertyRegistry registry) {
        FixtureCluster.serve(registry);
    }

    @LocalServerPort
    int port;

    McpHttp mcp;

    @BeforeEach
    void connect() {
        mcp = McpHttp.at(port);
    }

    @Test
    void anUnknownToolIsAJsonRpcErrorNamingIt() {
        var response = mcp.post(call("delete_cluster", "{}"));

        assertThat(json(response).at("/error/message").asString()).startsWith("Unknown tool: delete_cluster");
    }

    @Test
    void anArgumentOfTheWrongTypeIsAnErrorResultNamingTheCallAndTheArgument() {
        var response = mcp.post(call("get_pod_logs", """
                {"pod_name":"cart-7d9f-aaaaa","namespace":"shop","tail_lines":"lots"}"""));

        assertErrorResult(
                response,
                "Call get_pod_logs(namespace=\"shop\", pod_name=\"cart-7d9f-aaaaa\", "
                        + "tail_lines=\"lots\") failed: invalid arguments");
        assertThat(text(response)).contains("tail_lines");
    }

    @Test
    void aMissingRequiredArgumentIsAnErrorResultNamingIt() {
        var response = mcp.post(call("get_resource", "{\"kind\":\"Pod\"}"));

        assertErrorResult(response, "Call get_resource(kind=\"Pod\") failed: invalid arguments");
        assertThat(text(response)).contains("name");
    }

    @Test
    void anUnknownNamespaceIsAnErrorResultNotAnEmptyList() {
        var response = mcp.post(call("list_resources", "{\"kind\":\"Pod\",\"namespace\":\"nope\"}"));

        assertErrorResult(
                response,
                "Call list_resources(kind=\"Pod\", namespace=\"nope\") failed: " + "namespaces \"nope\" not found");
    }

    @Test
    void anUnknownPodIsAnErrorResultWithTheApiWording() {
        var response = mcp.post(call("get_pod_logs", "{\"pod_name\":\"zzz\",\"namespace\":\"shop\"}"));

        assertErrorResult(
                response,
                "Call get_pod_logs(namespace=\"shop\", pod_name=\"zzz\") failed: "
                        + "pods \"zzz\" not found in namespace \"shop\"");
    }

    @Test
    void anUnknownObjectIsAnErrorResultWithTheApiWording() {
        var response = mcp.post(call("get_resource", "{\"kind\":\"deploy\",\"name\":\"zzz\",\"namespace\":\"shop\"}"));

        assertErrorResult(
                response,
                "Call get_resource(kind=\"deploy\", name=\"zzz\", namespace=\"shop\") failed: "
                        + "deployments.apps \"zzz\" not found in namespace \"shop\"");
    }

    @Test
    void anUnknownKindIsAnErrorResultSayingHowToNameACustomResource() {
        var response = mcp.post(call("list_resources", "{\"kind\":\"Widget\"}"));

        assertErrorResult(
                response, "Call list_resources(kind=\"Widget\") failed: kind 'Widget' is not a built-in kind");
    }

    @Test
    void aPodWithSeveralContainersNamesThemWhenNoneIsGiven() {
        var response = mcp.post(call("get_pod_logs", "{\"pod_name\":\"web-1\",\"namespace\":\"shop\"}"));

        assertErrorResult(
                response,
                "Call get_pod_logs(namespace=\"shop\", pod_name=\"web-1\") failed: pod \"web-1\" "
                        + "has several containers; pass container_name: containers [web, sidecar], init containers [migrate]");
    }

    @Test
    void aPreviousLogThatDoesNotExistIsAnErrorResultWithTheApiWording() {
        var response = mcp.post(call("get_pod_logs", """
                {"pod_name":"web-1","namespace":"shop","container_name":"web","previous":true}"""));

        assertErrorResult(response, "previous terminated container \"web\" in pod \"web-1\" not found (HTTP 400)");
    }

    @Test
    void malformedJsonIsAParseError() {
        var response = mcp.post("{\"jsonrpc\":\"2.0\",");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32700);
    }

    @Test
    void aBodyOverTheDefaultMebibyteIs413WithAJsonRpcError() {
        var response = mcp.post(call("list_resources", "{\"kind\":\"" + "x".repeat(1024 * 1024) + "\"}"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32600);
    }

    @Test
    void aSessionIdNeverIssuedIsServed() {
        var response = mcp.post(call("list_namespaces", "{}"), Map.of("Accept", McpHttp.BOTH, "Mcp-Session-Id", "x-1"));

        assertThat(isError(response)).isFalse();
        assertThat(text(response)).startsWith("3 namespaces:");
    }

    @Test
    void eachAcceptVariantGetsAnAnswerItCanRead() {
        assertThat(mcp.post(McpHttp.request("ping"), Map.of("Accept", "application/json"))
                        .statusCode())
                .isEqualTo(200);
        assertThat(mcp.post(McpHttp.request("ping"), Map.of()).statusCode()).isEqualTo(200);
        assertThat(mcp.post(McpHttp.request("ping"), Map.of("Accept", "*/*")).statusCode())
                .isEqualTo(200);
        assertThat(mcp.post(McpHttp.request("ping"), Map.of("Accept", "text/event-stream"))
                        .body())
                .startsWith("event: message\ndata: ");
        assertThat(mcp.post(McpHttp.request("ping"), Map.of("Accept", "image/png"))
                        .statusCode())
                .isEqualTo(406);
    }

    @Test
    void getIs405WithAJsonRpcError() {
        var response = mcp.get();

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(json(response).has("error")).isTrue();
    }

    @Test
    void healthIsServedForKubernetesProbes() {
        var health = McpHttp.at(port).withPath("/actuator/health").get();

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    private static void assertErrorResult(HttpResponse<String> response, String textStart) {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(isError(response)).as(response.body()).isTrue();
        assertThat(text(response)).contains(textStart);
    }
}
