package dev.triage.agents.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.testing.FakeMcpServer;
import dev.triage.agents.trail.Trail;
import dev.triage.model.ToolCall;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServerToolsTest {

    private final Trail trail = Trail.silent();
    private final FakeMcpServer server = new FakeMcpServer("eks")
            .tool("get_pod_logs", "db: postgres://app:pa55word@db:5432/x\nready")
            .tool("get_events", args -> FakeMcpServer.error("get_events failed: namespace \"nope\" not found"))
            .tool("boom", args -> {
                throw new IllegalStateException("socket closed, token=abc123");
            });

    private ServerTools tools(Set<String> allowed) {
        return McpServers.of(Map.of("eks", server))
                .tools(new ToolAccess("eks", allowed), trail)
                .orElseThrow();
    }

    @Test
    void argumentsAndResultsAreRedactedBeforeTheyAreRecordedOrReturned() {
        ToolResult result = tools(Set.of()).call("get_pod_logs", Map.of("pod", "x", "password", "hunter2"));

        assertThat(result.ok()).isTrue();
        assertThat(result.text()).doesNotContain("pa55word").contains("ready");
        assertThat(trail.toolCalls()).singleElement().satisfies(call -> {
            assertThat(call.server()).isEqualTo("eks");
            assertThat(call.arguments()).doesNotContain("hunter2").contains("\"pod\"");
            assertThat(call.outcome()).isEqualTo("ok");
        });
        assertThat(trail.hasSeen("ready")).isTrue();
    }

    @Test
    void anErrorResultIsRecordedWithItsMessage() {
        ToolResult result = tools(Set.of()).call("get_events", Map.of("namespace", "nope"));

        assertThat(result.ok()).isFalse();
        assertThat(trail.toolCalls())
                .extracting(ToolCall::outcome)
                .containsExactly("error: get_events failed: namespace \"nope\" not found");
    }

    @Test
    void aTransportFailureBecomesAFailedResultNotAnException() {
        ToolResult result = tools(Set.of()).call("boom", Map.of());

        assertThat(result.ok()).isFalse();
        assertThat(trail.toolCalls())
                .extracting(ToolCall::outcome)
                .singleElement()
                .asString()
                .startsWith("failed: socket closed")
                .doesNotContain("abc123");
    }

    @Test
    void aToolOutsideTheAllowListIsRefusedWithoutCallingTheServer() {
        ToolResult result = tools(Set.of("get_events")).call("get_pod_logs", Map.of());

        assertThat(result.ok()).isFalse();
        assertThat(server.calls()).isEmpty();
        assertThat(trail.toolCalls())
                .extracting(ToolCall::outcome)
                .singleElement()
                .asString()
                .startsWith("refused");
    }

    @Test
    void aServerThatIsDownIsAFailedCallAndIsTriedAgainNextTime() {
        try (McpServers servers =
                McpServers.over(Map.of("eks", URI.create("http://127.0.0.1:1/mcp")), Duration.ofSeconds(2))) {
            ServerTools eks = servers.tools(ToolAccess.all("eks"), trail).orElseThrow();

            assertThat(eks.call("find_unhealthy", Map.of()).ok()).isFalse();
            assertThat(eks.call("find_unhealthy", Map.of()).ok()).isFalse();
            assertThat(trail.toolCalls()).hasSize(2).allSatisfy(c -> assertThat(c.outcome())
                    .startsWith("failed"));
        }
    }

    @Test
    void anUnconfiguredServerHasNoTools() {
        assertThat(McpServers.of(Map.of()).tools(ToolAccess.all("cloudwatch"), trail))
                .isEmpty();
    }
}
