package dev.triage.mcp.hosting.server;

import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import dev.triage.mcp.hosting.tool.Invocation;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import dev.triage.mcp.hosting.tracing.ToolSpans;
import dev.triage.model.SecretNames;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one tool for the SDK: refuses switched-off classes, checks the arguments' rules (a namespace is a DNS-1123
 * label...) and then the tool's schema (so the error names both the call and the argument), and turns anything the
 * handler throws into a failed outcome.
 */
final class ToolCall implements BiFunction<McpTransportContext, CallToolRequest, CallToolResult> {

    private static final Logger log = LoggerFactory.getLogger(ToolCall.class);

    private final ToolDefinition tool;
    private final ToolPolicy policy;
    private final JsonSchemaValidator validator;
    private final UpstreamErrors upstreamErrors;
    private final OutcomeResults results;

    ToolCall(
            ToolDefinition tool,
            ToolPolicy policy,
            JsonSchemaValidator validator,
            UpstreamErrors upstreamErrors,
            OutcomeResults results) {
        this.tool = tool;
        this.policy = policy;
        this.validator = validator;
        this.upstreamErrors = upstreamErrors;
        this.results = results;
    }

    @Override
    public CallToolResult apply(McpTransportContext context, CallToolRequest request) {
        Invocation invocation = new Invocation(tool.name(), request.arguments());
        ToolSpans.calling(tool.name());
        ToolOutcome outcome = outcome(invocation);
        ToolSpans.ended(!(outcome instanceof ToolOutcome.Failed));
        if (outcome instanceof ToolOutcome.Failed failed) {
            // The error may quote an argument back (a refused value): masked like the arguments.
            log.info(
                    "Tool call {} failed: {}",
                    invocation.forLog(),
                    SecretNames.maskAssignments(failed.upstreamError()));
        }
        return results.toResult(outcome);
    }

    private ToolOutcome outcome(Invocation invocation) {
        if (!policy.allows(tool.toolClass())) {
            return new ToolOutcome.Failed(invocation, refusal());
        }
        Map<String, Object> arguments = invocation.arguments();
        var broken = tool.inputSchema().problemWith(arguments);
        if (broken.isPresent()) {
            return new ToolOutcome.Failed(invocation, broken.get());
        }
        var validation = validator.validate(tool.inputSchema().toMap(), arguments);
        if (!validation.valid()) {
            return new ToolOutcome.Failed(invocation, "invalid arguments: " + validation.errorMessage());
        }
        return run(invocation);
    }

    private ToolOutcome run(Invocation invocation) {
        try {
            return tool.handler().handle(new ToolArguments(invocation));
        } catch (InvalidArgumentException invalid) {
            return new ToolOutcome.Failed(invocation, invalid.getMessage());
        } catch (Exception e) {
            if (!upstreamErrors.isUpstreamAnswer(e)) {
                log.warn("Tool call {} threw", invocation.forLog(), e);
            }
            return new ToolOutcome.Failed(invocation, upstreamErrors.describe(e));
        }
    }

    private String refusal() {
        return switch (tool.toolClass()) {
            case SENSITIVE_READ ->
                "this server does not serve sensitive reads (logs, events): triage.mcp.sensitive-reads=false";
            case MUTATING ->
                "this server does not serve tools that change the cluster: triage.mcp.mutating-tools=refused";
            case READ -> "this server does not serve " + tool.toolClass() + " tools";
        };
    }
}
