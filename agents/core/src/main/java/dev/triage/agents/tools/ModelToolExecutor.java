package dev.triage.agents.tools;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import dev.triage.agents.redaction.UntrustedData;

/** A model's tool call: recorded like any other, and its result handed back as untrusted, redacted data. */
final class ModelToolExecutor implements ToolExecutor {

    private final ServerTools tools;
    private final ToolExecutor mcp;

    ModelToolExecutor(ServerTools tools, ToolExecutor mcp) {
        this.tools = tools;
        this.mcp = mcp;
    }

    @Override
    public ToolExecutionResult executeWithContext(ToolExecutionRequest request, InvocationContext context) {
        ToolResult result =
                tools.call(request.name(), request.arguments(), () -> mcp.executeWithContext(request, context));
        return ToolExecutionResult.builder()
                .isError(!result.ok())
                .resultText(UntrustedData.block(tools.server() + ":" + request.name(), result.text()))
                .build();
    }

    @Override
    public String execute(ToolExecutionRequest request, Object memoryId) {
        return executeWithContext(request, null).resultText();
    }
}
