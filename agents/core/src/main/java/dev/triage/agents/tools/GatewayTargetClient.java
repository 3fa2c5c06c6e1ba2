package dev.triage.agents.tools;

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
import dev.langchain4j.service.tool.ToolExecutionResult;
import java.util.List;
import java.util.Map;

/**
 * One server's tools behind an AgentCore Gateway. The gateway lists every target's tools on one endpoint as
 * {@code TARGET___tool}, with its own {@code x_amz_bedrock_agentcore_search} beside them: this client shows only the
 * tools of its target, under their own names, and calls them by the gateway's, so each agent sees and calls exactly
 * what it would on the server itself and its allow-list ({@code triage.agents.agent-tools}) still holds.
 */
final class GatewayTargetClient implements McpClient {

    private final McpClient gateway;
    private final String prefix;

    GatewayTargetClient(McpClient gateway, String target) {
        this.gateway = gateway;
        this.prefix = target + McpEndpoint.GATEWAY_SEPARATOR;
    }

    @Override
    public String key() {
        return gateway.key();
    }

    @Override
    public List<ToolSpecification> listTools() {
        return own(gateway.listTools());
    }

    @Override
    public List<ToolSpecification> listTools(InvocationContext context) {
        return own(gateway.listTools(context));
    }

    @Override
    public ToolExecutionResult executeTool(ToolExecutionRequest request) {
        return gateway.executeTool(prefixed(request));
    }

    @Override
    public ToolExecutionResult executeTool(ToolExecutionRequest request, InvocationContext context) {
        return gateway.executeTool(prefixed(request), context);
    }

    /** The target's tools, renamed to the server's names; other targets' tools and the gateway's own are dropped. */
    private List<ToolSpecification> own(List<ToolSpecification> listed) {
        return listed.stream()
                .filter(tool -> tool.name().startsWith(prefix) && tool.name().length() > prefix.length())
                .map(tool -> tool.toBuilder()
                        .name(tool.name().substring(prefix.length()))
                        .build())
                .toList();
    }

    private ToolExecutionRequest prefixed(ToolExecutionRequest request) {
        return request.toBuilder().name(prefix + request.name()).build();
    }

    @Override
    public List<McpResource> listResources() {
        return gateway.listResources();
    }

    @Override
    public List<McpResource> listResources(InvocationContext context) {
        return gateway.listResources(context);
    }

    @Override
    public List<McpResourceTemplate> listResourceTemplates() {
        return gateway.listResourceTemplates();
    }

    @Override
    public List<McpResourceTemplate> listResourceTemplates(InvocationContext context) {
        return gateway.listResourceTemplates(context);
    }

    @Override
    public McpReadResourceResult readResource(String uri) {
        return gateway.readResource(uri);
    }

    @Override
    public McpReadResourceResult readResource(String uri, InvocationContext context) {
        return gateway.readResource(uri, context);
    }

    @Override
    public void subscribeToResource(String uri) {
        gateway.subscribeToResource(uri);
    }

    @Override
    public void unsubscribeFromResource(String uri) {
        gateway.unsubscribeFromResource(uri);
    }

    @Override
    public List<McpPrompt> listPrompts() {
        return gateway.listPrompts();
    }

    @Override
    public McpGetPromptResult getPrompt(String name, Map<String, Object> arguments) {
        return gateway.getPrompt(name, arguments);
    }

    @Override
    public void checkHealth() {
        gateway.checkHealth();
    }

    @Override
    public void setRoots(List<McpRoot> roots) {
        gateway.setRoots(roots);
    }

    @Override
    public void close() throws Exception {
        gateway.close();
    }
}
