package dev.triage.model;

/**
 * One MCP tool call made during an investigation.
 *
 * @param server the MCP server: {@code eks}, {@code cloudwatch}, {@code runbook}
 * @param tool the tool name
 * @param arguments the arguments as JSON, after redaction
 * @param outcome {@code ok}, {@code error: ...} (an {@code isError} result) or {@code failed: ...} (transport)
 * @param ms wall time
 */
public record ToolCall(String server, String tool, String arguments, String outcome, long ms) {}
