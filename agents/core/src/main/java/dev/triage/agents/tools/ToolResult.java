package dev.triage.agents.tools;

/**
 * What a tool call returned.
 *
 * @param ok false for an {@code isError} result, a transport failure or a refused call
 * @param text the result text (redacted), or what went wrong
 */
public record ToolResult(boolean ok, String text) {

    static ToolResult failed(String why) {
        return new ToolResult(false, why);
    }
}
