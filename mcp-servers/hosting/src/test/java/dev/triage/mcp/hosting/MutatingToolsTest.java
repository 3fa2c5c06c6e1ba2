package dev.triage.mcp.hosting;

import static dev.triage.mcp.hosting.testing.McpHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.testing.McpHttp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Mutating tools are served only by a server that says it checks approvals itself. */
class MutatingToolsTest {

    @Nested
    @SpringBootTest(classes = EchoServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
    class ByDefault {

        @LocalServerPort
        int port;

        @Test
        void mutatingToolsAreNeitherListedNorRun() {
            JsonNode tools =
                    json(McpHttp.at(port).post(McpHttp.request("tools/list"))).at("/result/tools");
            var response = McpHttp.at(port).post(McpHttp.call("mutate", "{}"));

            assertThat(tools.valueStream().map(tool -> tool.get("name").asString()))
                    .contains("echo")
                    .doesNotContain("mutate");
            assertThat(McpHttp.isError(response)).isTrue();
            assertThat(McpHttp.text(response)).contains("triage.mcp.mutating-tools=refused");
        }
    }

    @Nested
    @SpringBootTest(
            classes = EchoServer.class,
            webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
            properties = "triage.mcp.mutating-tools=approval-gated")
    class ApprovalGated {

        @LocalServerPort
        int port;

        @Test
        void mutatingToolsAreListedAsDestructiveAndRun() {
            JsonNode tools =
                    json(McpHttp.at(port).post(McpHttp.request("tools/list"))).at("/result/tools");
            var response = McpHttp.at(port).post(McpHttp.call("mutate", "{}"));

            JsonNode mutate = tools.valueStream()
                    .filter(tool -> tool.get("name").asString().equals("mutate"))
                    .findFirst()
                    .orElseThrow();
            assertThat(mutate.at("/annotations/readOnlyHint").asBoolean()).isFalse();
            assertThat(McpHttp.isError(response)).isFalse();
            assertThat(McpHttp.text(response)).isEqualTo("changed");
        }
    }
}
