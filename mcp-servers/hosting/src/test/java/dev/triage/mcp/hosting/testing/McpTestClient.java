package dev.triage.mcp.hosting.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import dev.langchain4j.service.tool.ToolExecutionResult;
import java.time.Duration;
import java.util.List;

/** An agent's view of a server: the langchain4j MCP client over Streamable HTTP. */
public final class McpTestClient implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final McpClient client;

    private McpTestClient(McpClient client) {
        this.client = client;
    }

    public static McpTestClient connect(int port) {
        return new McpTestClient(new DefaultMcpClient.Builder()
                .transport(new StreamableHttpMcpTransport.Builder()
                        .url("http://127.0.0.1:" + port + "/mcp")
                        .timeout(TIMEOUT)
                        .build())
                .toolExecutionTimeout(TIMEOUT)
                .build());
    }

    public McpClient mcpClient() {
        return client;
    }

    public List<String> toolNames() {
        return client.listTools().stream().map(ToolSpecification::name).toList();
    }

    /** The call exactly as langchain4j makes it, which throws {@link ToolExecutionException} for an error. */
    public ToolExecutionResult call(String tool, String argumentsJson) {
        return client.executeTool(ToolExecutionRequest.builder()
                .id("1")
                .name(tool)
                .arguments(argumentsJson)
                .build());
    }

    /** The text of a call that must succeed; the assertion message is the tool's own text. */
    public String ok(String tool, String argumentsJson) {
        ToolExecutionResult result = call(tool, argumentsJson);
        assertThat(result.isError()).as(result.resultText()).isFalse();
        return result.resultText();
    }

    /** The tool's answer; an {@code isError} result is returned, not thrown as langchain4j does. */
    public Answer answer(String tool, String argumentsJson) {
        try {
            ToolExecutionResult result = call(tool, argumentsJson);
            return new Answer(result.isError(), result.resultText());
        } catch (ToolExecutionException error) {
            return new Answer(true, error.getMessage());
        }
    }

    /** A tool call's outcome as the model reads it. */
    public record Answer(boolean isError, String resultText) {}

    @Override
    public void close() throws Exception {
        client.close();
    }
}
