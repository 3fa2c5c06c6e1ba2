package dev.triage.mcp.hosting.server;

import dev.triage.mcp.hosting.tool.ToolClass;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.server.McpSyncListFilter;
import io.modelcontextprotocol.spec.McpSchema;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Turns the application's tool groups into SDK tool specifications. */
final class ToolSpecifications {

    private final ToolPolicy policy;
    private final JsonSchemaValidator validator;
    private final UpstreamErrors upstreamErrors;
    private final OutcomeResults results;

    ToolSpecifications(
            ToolPolicy policy, JsonSchemaValidator validator, UpstreamErrors upstreamErrors, OutcomeResults results) {
        this.policy = policy;
        this.validator = validator;
        this.upstreamErrors = upstreamErrors;
        this.results = results;
    }

    List<SyncToolSpecification> of(List<ToolDefinition> tools) {
        return tools.stream().map(this::specification).toList();
    }

    /** Hides from {@code tools/list} the tools of classes this server does not serve. */
    McpSyncListFilter<McpSchema.Tool> listFilter(List<ToolDefinition> tools) {
        Map<String, ToolClass> classes =
                tools.stream().collect(Collectors.toMap(ToolDefinition::name, ToolDefinition::toolClass));
        return (context, tool) -> policy.allows(classes.getOrDefault(tool.name(), ToolClass.MUTATING));
    }

    /** Every tool of every group; two tools with one name is a programming error. */
    static List<ToolDefinition> collect(List<ToolGroup> groups) {
        List<ToolDefinition> tools =
                groups.stream().flatMap(group -> group.tools().stream()).toList();
        requireUniqueNames(tools);
        return tools;
    }

    private SyncToolSpecification specification(ToolDefinition tool) {
        var mcpTool = McpSchema.Tool.builder()
                .name(tool.name())
                .description(tool.description())
                .inputSchema(tool.inputSchema().toMap())
                .annotations(annotations(tool.toolClass()))
                .build();
        return new SyncToolSpecification(mcpTool, new ToolCall(tool, policy, validator, upstreamErrors, results));
    }

    private static McpSchema.ToolAnnotations annotations(ToolClass toolClass) {
        boolean readOnly = toolClass != ToolClass.MUTATING;
        return new McpSchema.ToolAnnotations(null, readOnly, !readOnly, readOnly, false, null);
    }

    private static void requireUniqueNames(List<ToolDefinition> tools) {
        Set<String> seen = new HashSet<>();
        for (ToolDefinition tool : tools) {
            if (!seen.add(tool.name())) {
                throw new IllegalStateException("two tools are named " + tool.name());
            }
        }
    }
}
