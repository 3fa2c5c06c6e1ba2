package dev.triage.agents.testing;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.McpGetPromptResult;
import dev.langchain4j.mcp.client.McpPrompt;
import dev.langchain4j.mcp.client.McpReadResourceResult;
import dev.langchain4j.mcp.client.McpResource;
import dev.langchain4j.mcp.client.McpResourceTemplate;
import dev.langchain4j.mcp.client.McpRoot;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.service.tool.ToolExecutionResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An MCP client whose server is a few scripted tools: for unit tests of agents, where the real servers' behaviour
 * is not under test. Records every call made. (End-to-end tests use the real EKS server over HTTP.)
 */
public final class FakeMcpServer implements McpClient {

    private final String key;
    private final Map<String, Function<String, ToolExecutionResult>> tools = new LinkedHashMap<>();
    private final List<ToolExecutionRequest> calls = new ArrayList<>();

    public FakeMcpServer(String key) {
        this.key = key;
    }

    /** A tool that answers {@code result} to any arguments. */
    public FakeMcpServer tool(String name, String result) {
        return tool(name, arguments -> ok(result));
    }

    public FakeMcpServer tool(String name, Function<String, ToolExecutionResult> handler) {
        tools.put(name, handler);
        return this;
    }

    public static ToolExecutionResult ok(String text) {
        return ToolExecutionResult.builder().resultText(text).build();
    }

    public static ToolExecutionResult error(String text) {
        return ToolExecutionResult.builder().isError(true).resultText(text).build();
    }

    public synchronized List<ToolExecutionRequest> calls() {
        return List.copyOf(calls);
    }

    public synchronized List<String> calledTools() {
        return calls.stream().map(ToolExecutionRequest::name).toList();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public List<ToolSpecification> listTools() {
        return tools.keySet().stream()
                .map(name -> ToolSpecification.builder()
                        .name(name)
                        .description("fake " + name)
                        .parameters(JsonObjectSchema.builder().build())
                        .build())
                .toList();
    }

    @Override
    public List<ToolSpecification> listTools(InvocationContext context) {
        return listTools();
    }

    @Override
    public ToolExecutionResult executeTool(ToolExecutionRequest request) {
        synchronized (this) {
            calls.add(request);
        }
        Function<String, ToolExecutionResult> handler = tools.get(request.name());
        return handler == null ? error("no tool " + request.name()) : handler.apply(request.arguments());
    }

    @Override
    public ToolExecutionResult executeTool(ToolExecutionRequest request, InvocationContext context) {
        return executeTool(request);
    }

    @Override
    public List<McpResource> listResources() {
        return List.of();
    }

    @Override
    public List<McpResource> listResources(InvocationContext context) {
        return List.of();
    }

    @Override
    public List<McpResourceTemplate> listResourceTemplates() {
        return List.of();
    }

    @Override
    public List<McpResourceTemplate> listResourceTemplates(InvocationContext context) {
        return List.of();
    }

    @Override
    public McpReadResourceResult readResource(String uri) {
        throw new UnsupportedOperationException("resources");
    }

    @Override
    public McpReadResourceResult readResource(String uri, InvocationContext context) {
        throw new UnsupportedOperationException("resources");
    }

    @Override
    public void subscribeToResource(String uri) {}

    @Override
    public void unsubscribeFromResource(String uri) {}

    @Override
    public List<McpPrompt> listPrompts() {
        return List.of();
    }

    @Override
    public McpGetPromptResult getPrompt(String name, Map<String, Object> arguments) {
        throw new UnsupportedOperationException("prompts");
    }

    @Override
    public void checkHealth() {}

    @Override
    public void setRoots(List<McpRoot> roots) {}

    @Override
    public void close() {}
}
