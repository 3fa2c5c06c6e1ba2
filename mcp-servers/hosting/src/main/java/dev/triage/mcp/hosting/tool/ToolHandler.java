package dev.triage.mcp.hosting.tool;

/**
 * The body of a tool. It may throw: the hosting turns any exception into a {@link ToolOutcome.Failed} that names
 * the call, so a handler only catches what it can explain better than the exception does.
 */
@FunctionalInterface
public interface ToolHandler {

    ToolOutcome handle(ToolArguments arguments) throws Exception;
}
