package dev.triage.mcp.hosting;

import static dev.triage.mcp.hosting.testing.McpHttp.call;
import static dev.triage.mcp.hosting.testing.McpHttp.isError;
import static dev.triage.mcp.hosting.testing.McpHttp.json;
import static dev.triage.mcp.hosting.testing.McpHttp.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.testing.McpHttp;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(
        classes = EchoServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"triage.mcp.max-request-bytes=16KB", "triage.mcp.allowed-origins=https://ui.example"})
class McpEndpointTest {

    @LocalServerPort
    int port;

    McpHttp mcp;

    @BeforeEach
    void connect() {
        mcp = McpHttp.at(port);
    }

    @Test
    void initializeWithoutASessionIdNamesTheServer() {
        var response = mcp.post(McpHttp.initialize());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/result/serverInfo/name").asString()).isEqualTo("echo");
        assertThat(json(response).at("/result/capabilities/tools").isObject()).isTrue();
    }

    @Test
    void aSessionIdTheServerNeverIssuedIsServed() {
        var response =
                mcp.post(McpHttp.request("tools/list"), Map.of("Accept", McpHttp.BOTH, "Mcp-Session-Id", "made-up-42"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/result/tools").size()).isPositive();
    }

    @Test
    void theInitializedNotificationIsAccepted() {
        var response = mcp.post("""
                {"jsonrpc":"2.0","method":"notifications/initialized"}""");

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void pingAnswersAnEmptyResult() {
        var response = mcp.post(McpHttp.request("ping"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("result").isObject()).isTrue();
    }

    @Test
    void toolsListShowsEachToolWithItsSchemaAndReadOnlyHint() {
        JsonNode tools = json(mcp.post(McpHttp.request("tools/list"))).at("/result/tools");

        JsonNode echo = find(tools, "echo");
        assertThat(echo.at("/inputSchema/required/0").asString()).isEqualTo("text");
        assertThat(echo.at("/inputSchema/properties/repeat/type").asString()).isEqualTo("integer");
        assertThat(echo.at("/annotations/readOnlyHint").asBoolean()).isTrue();
        assertThat(find(tools, "read_log")).isNotNull();
    }

    @Test
    void aToolCallReturnsTheToolsContent() {
        var response = mcp.post(call("echo", """
                {"text":"ab","repeat":3}"""));

        assertThat(isError(response)).isFalse();
        assertThat(text(response)).isEqualTo("ababab");
    }

    @Test
    void aHandlerThatThrowsBecomesAnErrorResultNamingTheCallAndTheUpstreamError() {
        var response = mcp.post(call("explode", "{}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(isError(response)).isTrue();
        assertThat(text(response)).isEqualTo("Call explode() failed: upstream said no");
    }

    @Test
    void noDataIsAnAnswerNotAnError() {
        var response = mcp.post(call("nothing", "{}"));

        assertThat(isError(response)).isFalse();
        assertThat(text(response)).isEqualTo("No data for nothing(): empty");
    }

    @Test
    void anArgumentOfTheWrongTypeIsAnErrorResultNamingTheCallAndTheArgument() {
        var response = mcp.post(call("echo", """
                {"text":"ab","repeat":"three"}"""));

        assertThat(isError(response)).isTrue();
        assertThat(text(response)).startsWith("Call echo(repeat=\"three\", text=\"ab\") failed: invalid arguments");
        assertThat(text(response)).contains("repeat");
    }

    @Test
    void aMissingRequiredArgumentIsAnErrorResultNamingIt() {
        var response = mcp.post(call("echo", "{}"));

        assertThat(isError(response)).isTrue();
        assertThat(text(response)).contains("text");
    }

    @Test
    void anArgumentTheToolDoesNotTakeIsAnErrorResultNamingIt() {
        var response = mcp.post(call("echo", """
                {"text":"ab","cluster_name":"prod"}"""));

        assertThat(isError(response)).isTrue();
        assertThat(text(response)).contains("cluster_name");
    }

    @Test
    void anIntegerOutOfRangeIsAnErrorResult() {
        var response = mcp.post(call("echo", """
                {"text":"ab","repeat":1000}"""));

        assertThat(isError(response)).isTrue();
        assertThat(text(response)).contains("repeat");
    }

    @Test
    void anUnknownToolIsAJsonRpcError() {
        var response = mcp.post(call("no_such_tool", "{}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32602);
        assertThat(json(response).at("/error/message").asString()).contains("no_such_tool");
        assertThat(json(response).at("/id").asInt()).isEqualTo(7);
    }

    @Test
    void anUnknownMethodIsMethodNotFound() {
        var response = mcp.post(McpHttp.request("tools/destroy"));

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32601);
    }

    @Test
    void malformedJsonIsAParseError() {
        var response = mcp.post("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32700);
    }

    @Test
    void jsonThatIsNotAJsonRpcMessageIsAnInvalidRequest() {
        var response = mcp.post("{\"hello\":\"world\"}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32600);
    }

    @Test
    void toolsCallWithoutParamsIsAJsonRpcErrorNotAServerError() {
        var response = mcp.post("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\"}");

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(json(response).has("error")).isTrue();
    }

    @Test
    void aBodyLargerThanTheLimitIs413WithAJsonRpcError() {
        var response = mcp.post(call("echo", "{\"text\":\"" + "x".repeat(20_000) + "\"}"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).at("/error/message").asString()).contains("16384");
    }

    @Test
    void aBodyLargerThanTheLimitIs413EvenWhenItsLengthIsNotDeclared() {
        var response = mcp.postChunked(call("echo", "{\"text\":\"" + "x".repeat(20_000) + "\"}"));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32600);
    }

    @Test
    void aBatchIsAnInvalidRequest() {
        var response = mcp.post("[" + McpHttp.request("ping") + "]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32600);
    }

    @Test
    void initializeWithoutParamsIsAJsonRpcErrorNotAServerError() {
        var response = mcp.post("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"initialize\"}");

        assertThat(response.statusCode()).isLessThan(500);
        assertThat(json(response).at("/error/code").isInt()).isTrue();
    }

    @Test
    void getIs405WithAJsonRpcError() {
        var response = mcp.get();

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
        assertThat(json(response).at("/error/code").asInt()).isEqualTo(-32600);
    }

    @Test
    void aBodyThatIsNotDeclaredJsonIs415WithAJsonRpcError() {
        var response = mcp.post(McpHttp.request("ping"), Map.of("Accept", McpHttp.BOTH, "Content-Type", "text/plain"));

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).has("error")).isTrue();
    }

    @Test
    void aClientAcceptingOnlyJsonGetsJson() {
        var response = mcp.post(McpHttp.request("tools/list"), Map.of("Accept", "application/json"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(json(response).at("/result/tools").size()).isPositive();
    }

    @Test
    void aClientSendingNoAcceptGetsJson() {
        var response = mcp.post(McpHttp.request("ping"), Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).has("result")).isTrue();
    }

    @Test
    void aClientAcceptingOnlyAnEventStreamGetsOneMessageEvent() {
        var response = mcp.post(McpHttp.request("ping"), Map.of("Accept", "text/event-stream"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        assertThat(response.body()).startsWith("event: message\ndata: {").endsWith("}\n\n");
        assertThat(response.body()).contains("\"result\":{}");
    }

    @Test
    void aClientAcceptingNeitherJsonNorAnEventStreamIs406() {
        var response = mcp.post(McpHttp.request("ping"), Map.of("Accept", "text/html"));

        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(json(response).has("error")).isTrue();
    }

    @Test
    void aBrowserOriginNotConfiguredIsRefusedWithAJsonRpcError() {
        var response =
                mcp.post(McpHttp.request("ping"), Map.of("Accept", McpHttp.BOTH, "Origin", "https://evil.example"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).has("error")).isTrue();
    }

    @Test
    void aConfiguredBrowserOriginIsServed() {
        var response =
                mcp.post(McpHttp.request("ping"), Map.of("Accept", McpHttp.BOTH, "Origin", "https://ui.example"));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void outputLargerThanTheLimitIsCutAndSaysSo() {
        var response = mcp.post(call("flood", "{}"));

        assertThat(isError(response)).isFalse();
        assertThat(text(response))
                .endsWith("[truncated: showing 65,536 of 200,000 bytes; "
                        + "narrow the call (a namespace, a selector, a smaller limit) to see the rest]");
    }

    private static JsonNode find(JsonNode tools, String name) {
        for (JsonNode tool : tools) {
            if (tool.get("name").asString().equals(name)) {
                return tool;
            }
        }
        return null;
    }
}
