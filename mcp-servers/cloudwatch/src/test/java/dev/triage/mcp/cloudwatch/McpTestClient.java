package dev.triage.mcp.cloudwatch;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import dev.langchain4j.service.tool.ToolExecutionResult;
import java.time.Duration;
import java.util.List;

/** An agent's view of the server: the langchain4j MCP client over Streamable HTTP. */
public final class McpTestClient implements AutoCloseable {

    private final McpClient client;

    private McpTestClient(McpClient client) {
        this.client = client;
    }

    public static McpTestClient connect(int port) {
        return new McpTestClient(new DefaultMcpClient.Builder()
                .transport(new StreamableHttpMcpTransport.Builder()
                        .url("http://127.0.0.1:" + port + "/mcp")
                        .timeout(Duration.ofSeconds(30))
                        .build())
                .toolExecutionTimeout(Duration.ofSeconds(30))
                .build());
    }

    public List<String> toolNames() {
        return client.listTools().stream().map(ToolSpecification::name).toList();
    }

    /** The tool's answer; an {@code isError} result is returned, not thrown as langchain4j does. */
    public Result call(String tool, String arguments) {
        try {
            ToolExecutionResult result = client.executeTool(ToolExecutionRequest.builder()
                    .id("1")
                    .name(tool)
                    .arguments(arguments)
                    .build());
            return new Result(result.isError(), result.resultText());
        } catch (ToolExecutionException error) {
            return new Result(true, error.getMessage());
        }
    }

    /** A tool call's outcome as the model reads it. */
    public record Result(boolean isError, String resultText) {}

    @Override
    public void close() throws Exception {
        client.close();
    }
}
