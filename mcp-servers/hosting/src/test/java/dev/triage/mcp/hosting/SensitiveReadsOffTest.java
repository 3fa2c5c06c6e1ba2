package dev.triage.mcp.hosting;

import static dev.triage.mcp.hosting.testing.McpHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.hosting.testing.McpHttp;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SpringBootTest(
        classes = EchoServer.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "triage.mcp.sensitive-reads=false")
class SensitiveReadsOffTest {

    @LocalServerPort
    int port;

    @Test
    void sensitiveReadToolsAreNotListed() {
        JsonNode tools =
                json(McpHttp.at(port).post(McpHttp.request("tools/list"))).at("/result/tools");

        assertThat(tools.valueStream().map(tool -> tool.get("name").asString()))
                .contains("echo")
                .doesNotContain("read_log");
    }

    @Test
    void callingASensitiveReadToolIsRefused() {
        var response = McpHttp.at(port).post(McpHttp.call("read_log", "{}"));

        assertThat(McpHttp.isError(response)).isTrue();
        assertThat(McpHttp.text(response)).contains("triage.mcp.sensitive-reads=false");
    }
}
