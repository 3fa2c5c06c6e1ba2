package dev.triage.mcp.hosting.tool;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One tool as the router and the models see it.
 *
 * @param name snake_case, unique per server
 * @param description product copy: the router and the models choose tools by reading it
 * @param toolClass what a call can expose or change
 * @param inputSchema the arguments; calls are validated against it before the handler runs
 * @param handler the body
 */
public record ToolDefinition(
        String name, String description, ToolClass toolClass, InputSchema inputSchema, ToolHandler handler) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    public ToolDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(toolClass, "toolClass");
        Objects.requireNonNull(inputSchema, "inputSchema");
        Objects.requireNonNull(handler, "handler");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("tool names are snake_case: " + name);
        }
    }

    public static ToolDefinition read(String name, String description, InputSchema schema, ToolHandler handler) {
        return new ToolDefinition(name, description, ToolClass.READ, schema, handler);
    }

    public static ToolDefinition sensitiveRead(
            String name, String description, InputSchema schema, ToolHandler handler) {
        return new ToolDefinition(name, description, ToolClass.SENSITIVE_READ, schema, handler);
    }

    /** A tool that changes the cluster: served only where the server checks approvals itself. */
    public static ToolDefinition mutating(String name, String description, InputSchema schema, ToolHandler handler) {
        return new ToolDefinition(name, description, ToolClass.MUTATING, schema, handler);
    }
}
