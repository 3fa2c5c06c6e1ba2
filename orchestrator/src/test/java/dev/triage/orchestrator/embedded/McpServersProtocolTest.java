package dev.triage.orchestrator.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.testing.McpHttp;
import dev.triage.mcp.hosting.testing.ProtocolStrictness;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every MCP server (the rows of {@link EmbeddedStack}) against every request of the protocol-strictness table, over
 * raw HTTP: a new server, or a new case, is covered without anyone remembering to.
 */
class McpServersProtocolTest {

    /** A read tool of each server: the cases that call a tool call this one. */
    private static final Map<String, String> A_TOOL =
            Map.of("eks", "get_cluster_info", "runbook", "list_runbooks", "cloudwatch", "list_metrics");

    private static EmbeddedStack stack;

    @BeforeAll
    static void start() {
        stack = EmbeddedStack.start(Optional.empty());
    }

    @AfterAll
    static void stop() {
        stack.close();
    }

    static Stream<Arguments> serversAndCases() {
        return Stream.of("eks", "runbook", "cloudwatch")
                .flatMap(server -> ProtocolStrictness.cases().stream().map(c -> Arguments.of(server, c)));
    }

    static Stream<String> servers() {
        return Stream.of("eks", "runbook", "cloudwatch");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("serversAndCases")
    void aMalformedRequestIsAPlainBoundedJsonRpcError(String server, ProtocolStrictness.Case c) {
        ProtocolStrictness.assertAnswered(c, c.send(mcp(server), A_TOOL.get(server)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void aHugeArgumentComesBackAsABoundedPrefix(String server) {
        var response = ProtocolStrictness.hugeArgument(mcp(server), A_TOOL.get(server));

        assertThat(McpHttp.isError(response)).as(response.body()).isTrue();
        assertThat(McpHttp.text(response)).contains(A_TOOL.get(server)).contains("more characters)");
        ProtocolStrictness.assertPlain(server, response);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("servers")
    void theSupportedProtocolVersionIsServed(String server) {
        var tools =
                McpHttp.json(ProtocolStrictness.supportedVersion(mcp(server))).at("/result/tools");

        assertThat(tools.valueStream().map(tool -> tool.get("name").asString())).contains(A_TOOL.get(server));
    }

    private static McpHttp mcp(String server) {
        URI url = stack.url(server);
        return new McpHttp(url);
    }
}
