package dev.triage.agents.observation;

/**
 * One tool call, as it starts. Compared by identity: the same call made twice is two invocations.
 *
 * @param agent the agent calling, or {@code null} when no agent is named (a test's trail)
 * @param server the MCP server
 * @param tool the tool name
 * @param arguments the arguments as JSON, after redaction
 */
public record ToolInvocation(String agent, String server, String tool, String arguments) {

    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }
}
