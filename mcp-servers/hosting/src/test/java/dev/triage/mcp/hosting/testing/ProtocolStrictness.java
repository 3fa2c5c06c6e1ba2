package dev.triage.mcp.hosting.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Requests no well-behaved MCP client sends, with the answer the MCP specification asks for: a table every server's
 * tests run (raw HTTP, no client library to tidy them up), so a new server is covered by adding it to a table.
 */
public final class ProtocolStrictness {

    /** Larger than any answer may echo, smaller than the default 1 MB request limit. */
    public static final int HUGE = 900_000;

    /** Longest answer to any of these: an error is a line, whatever the request carried. */
    public static final int MAX_ANSWER_CHARS = 2_000;

    /**
     * One request and the answer it must get.
     *
     * @param tool a tool of the server under test, for cases that call one
     */
    public record Case(String name, Request request, int status, int code) {

        public HttpResponse<String> send(McpHttp mcp, String tool) {
            return request.send(mcp, tool);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A request, given the name of one of the server's tools. */
    @FunctionalInterface
    public interface Request {
        HttpResponse<String> send(McpHttp mcp, String tool);
    }

    private static final String BIG = "x".repeat(HUGE);

    private ProtocolStrictness() {}

    public static List<Case> cases() {
        return List.of(
                params("initialize without params", body -> """
                        {"jsonrpc":"2.0","id":1,"method":"initialize"}"""),
                params("initialize with null params", body -> """
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":null}"""),
                params("initialize with string params", body -> """
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":"2025-06-18"}"""),
                params("initialize without protocolVersion", body -> """
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{},
                        "clientInfo":{"name":"t","version":"1"}}}"""),
                params("initialize with string capabilities", body -> """
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
                        "capabilities":"all","clientInfo":{"name":"t","version":"1"}}}"""),
                params("initialize with a number for clientInfo", body -> """
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
                        "capabilities":{},"clientInfo":7}}"""),
                params("initialize with a wrongly typed capability", body -> """
                        {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",
                        "capabilities":{"roots":"yes"},"clientInfo":{"name":"t","version":"1"}}}"""),
                params("tools/call without params", body -> """
                        {"jsonrpc":"2.0","id":3,"method":"tools/call"}"""),
                params("tools/call with array params", body -> """
                        {"jsonrpc":"2.0","id":3,"method":"tools/call","params":["%s"]}""".formatted(body)),
                params("tools/call without a name", body -> """
                        {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"arguments":{}}}"""),
                params("tools/call with a number for name", body -> """
                        {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":42,"arguments":{}}}"""),
                params("tools/call with string arguments", body -> """
                        {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"%s","arguments":"{}"}}""".formatted(body)),
                params("tools/call with array arguments", body -> """
                        {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"%s","arguments":[1]}}""".formatted(body)),
                params("tools/call with number arguments", body -> """
                        {"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"%s","arguments":1}}""".formatted(body)),
                params("tools/list with string params", body -> """
                        {"jsonrpc":"2.0","id":4,"method":"tools/list","params":"all"}"""),
                params("tools/list with a number for cursor", body -> """
                        {"jsonrpc":"2.0","id":4,"method":"tools/list","params":{"cursor":5}}"""),
                params("ping with array params", body -> """
                        {"jsonrpc":"2.0","id":5,"method":"ping","params":[]}"""),
                invalid("jsonrpc 1.0", """
                        {"jsonrpc":"1.0","id":1,"method":"ping","params":{}}"""),
                invalid("jsonrpc missing", """
                        {"id":1,"method":"ping","params":{}}"""),
                invalid("jsonrpc as a number", """
                        {"jsonrpc":2.0,"id":1,"method":"ping","params":{}}"""),
                invalid("jsonrpc 1.0 notification", """
                        {"jsonrpc":"1.0","method":"notifications/initialized"}"""),
                invalid("method as a number", """
                        {"jsonrpc":"2.0","id":1,"method":7}"""),
                invalid("a JSON string", "\"ping\""),
                invalid("a batch", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]"),
                new Case(
                        "an unsupported MCP-Protocol-Version",
                        (mcp, tool) -> mcp.post(
                                McpHttp.request("ping"),
                                Map.of("Accept", McpHttp.BOTH, "MCP-Protocol-Version", "1999-01-01")),
                        400,
                        -32600),
                new Case(
                        "a 4 KB MCP-Protocol-Version",
                        (mcp, tool) -> mcp.post(
                                McpHttp.request("tools/list"),
                                Map.of("Accept", McpHttp.BOTH, "MCP-Protocol-Version", "9".repeat(4_000))),
                        400,
                        -32600),
                new Case(
                        "an unknown tool with a huge name",
                        (mcp, tool) -> mcp.post(McpHttp.call(BIG, "{}")),
                        200,
                        -32602),
                new Case(
                        "an unknown method with a huge name", (mcp, tool) -> mcp.post("""
                                {"jsonrpc":"2.0","id":1,"method":"%s","params":{}}""".formatted(BIG)), 200, -32601),
                new Case("a huge jsonrpc version", (mcp, tool) -> mcp.post("""
                                {"jsonrpc":"%s","id":1,"method":"ping"}""".formatted(BIG)), 400, -32600));
    }

    /** A tool called with a huge argument value it does not take: an error result quoting a bounded prefix. */
    public static HttpResponse<String> hugeArgument(McpHttp mcp, String tool) {
        return mcp.post(McpHttp.call(tool, "{\"zz_not_an_argument\":\"" + BIG + "\"}"));
    }

    /** The supported version, which must still be served. */
    public static HttpResponse<String> supportedVersion(McpHttp mcp) {
        return mcp.post(
                McpHttp.request("tools/list"), Map.of("Accept", McpHttp.BOTH, "MCP-Protocol-Version", "2025-06-18"));
    }

    /** The answer the case asks for, in plain words and bounded, with no Java in it. */
    public static void assertAnswered(Case c, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(c.name() + ": " + response.body()).isEqualTo(c.status());
        JsonNode error = McpHttp.json(response).path("error");
        assertThat(error.path("code").asInt())
                .as(c.name() + ": " + response.body())
                .isEqualTo(c.code());
        assertPlain(c.name(), response);
    }

    /** A bounded answer naming none of the server's Java internals. */
    public static void assertPlain(String what, HttpResponse<String> response) {
        assertThat(response.body()).as(what).hasSizeLessThan(MAX_ANSWER_CHARS);
        assertThat(response.body())
                .as(what + ": " + response.body())
                .doesNotContainIgnoringCase("exception")
                .doesNotContain(
                        "Cannot invoke", "because \"", "java.", "jackson", "McpSchema", "$", "modelcontextprotocol");
    }

    private static Case params(String name, java.util.function.Function<String, String> body) {
        return new Case(name, (mcp, tool) -> mcp.post(body.apply(tool)), 200, -32602);
    }

    private static Case invalid(String name, String body) {
        return new Case(name, (mcp, tool) -> mcp.post(body), 400, -32600);
    }
}
