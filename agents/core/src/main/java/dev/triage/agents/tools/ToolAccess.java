package dev.triage.agents.tools;

import java.util.Objects;
import java.util.Set;

/**
 * Which MCP server an agent works through, and which of its tools it may use.
 *
 * @param server the server's name in the settings ({@code eks}, {@code cloudwatch}, {@code runbook})
 * @param tools the tools allowed; empty allows every tool the server lists
 */
public record ToolAccess(String server, Set<String> tools) {

    /** Tools a model is never shown, whatever the configuration: executing is a human's decision. */
    private static final Set<String> NEVER_FOR_MODELS = Set.of("execute_runbook", "approve_remediation");

    public ToolAccess {
        Objects.requireNonNull(server, "server");
        tools = tools == null ? Set.of() : Set.copyOf(tools);
    }

    public static ToolAccess all(String server) {
        return new ToolAccess(server, Set.of());
    }

    public boolean allows(String tool) {
        return tools.isEmpty() || tools.contains(tool);
    }

    boolean showsModel(String tool) {
        return allows(tool) && !NEVER_FOR_MODELS.contains(tool) && !tool.startsWith("execute");
    }
}
