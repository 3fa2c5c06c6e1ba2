package dev.triage.agents.tools;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.mcp.McpToolProvider;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolProvider;
import dev.triage.agents.observation.ToolInvocation;
import dev.triage.agents.redaction.Redactor;
import dev.triage.agents.trail.Trail;
import dev.triage.model.ToolCall;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * One agent's tools on its one MCP server, for one investigation. Every call, whether the agent's code or its model
 * makes it, is checked against the agent's allowance, timed, recorded on the trail with redacted arguments, and never
 * throws: failures come back as a failed {@link ToolResult}.
 */
public final class ServerTools {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int OUTCOME_CHARS = 300;

    private final McpServers servers;
    private final ToolAccess access;
    private final Trail trail;

    ServerTools(McpServers servers, ToolAccess access, Trail trail) {
        this.servers = servers;
        this.access = access;
        this.trail = trail;
    }

    public String server() {
        return access.server();
    }

    public ToolResult call(String tool, Map<String, ?> arguments) {
        String json = JSON.writeValueAsString(arguments);
        return call(tool, json, () -> servers.client(server())
                .executeTool(ToolExecutionRequest.builder()
                        .id(UUID.randomUUID().toString())
                        .name(tool)
                        .arguments(json)
                        .build()));
    }

    /** Records a call a model asked for but was never offered, without making it. */
    public ToolResult refuse(String tool, String argumentsJson) {
        return refused(
                tool,
                Redactor.redact(argumentsJson),
                ToolResult.failed("refused: " + tool + " is not a tool this agent offers"));
    }

    /**
     * The server's tools as a model sees them: only those the agent may use and never an executing one, each
     * result redacted and handed over as untrusted data.
     */
    public ToolProvider forModel() {
        return McpToolProvider.builder()
                .mcpClients(servers.client(server()))
                .filter((client, tool) -> access.showsModel(tool.name()))
                .toolWrapper(executor -> new ModelToolExecutor(this, executor))
                .build();
    }

    ToolResult call(String tool, String argumentsJson, Supplier<ToolExecutionResult> execution) {
        String arguments = Redactor.redact(argumentsJson);
        if (!access.allows(tool)) {
            return refused(tool, arguments, ToolResult.failed("refused: " + tool + " is not allowed for this agent"));
        }
        ToolInvocation invocation = new ToolInvocation(trail.agent(), server(), tool, arguments);
        trail.toolStarted(invocation);
        long start = System.nanoTime();
        ToolResult result;
        try {
            ToolExecutionResult executed = execution.get();
            String text = Redactor.redact(executed.resultText());
            result = new ToolResult(!executed.isError(), text == null ? "" : text);
        } catch (RuntimeException e) {
            result = ToolResult.failed("failed: " + Redactor.redact(String.valueOf(e.getMessage())));
        }
        return ended(invocation, (System.nanoTime() - start) / 1_000_000, result);
    }

    /** A call never made: started and ended at once, so every observer sees it like any other. */
    private ToolResult refused(String tool, String arguments, ToolResult refusal) {
        ToolInvocation invocation = new ToolInvocation(trail.agent(), server(), tool, arguments);
        trail.toolStarted(invocation);
        return ended(invocation, 0, refusal);
    }

    private ToolResult ended(ToolInvocation invocation, long ms, ToolResult result) {
        ToolCall call = new ToolCall(server(), invocation.tool(), invocation.arguments(), outcome(result), ms);
        if (result.ok()) {
            trail.toolFinished(invocation, call, result.text());
        } else {
            trail.toolFailed(invocation, call);
        }
        return result;
    }

    private static String outcome(ToolResult result) {
        if (result.ok()) {
            return "ok";
        }
        String text = result.text().strip();
        String line = text.lines().findFirst().orElse("");
        String shown = line.length() > OUTCOME_CHARS ? line.substring(0, OUTCOME_CHARS) + "..." : line;
        return text.startsWith("failed: ") || text.startsWith("refused: ") ? shown : "error: " + shown;
    }
}
