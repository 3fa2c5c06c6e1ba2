package dev.triage.mcp.hosting.http;

import dev.triage.mcp.hosting.tool.ToolClass;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which OAuth scope a message needs, the AgentCore inbound model's mapping of scopes to tool classes: {@code
 * tools/read} for read and sensitive-read tools (and for listing them), {@code tools/execute} for mutating ones.
 * The lifecycle ({@code initialize}, {@code ping}, notifications) needs a valid token only.
 */
final class ToolScopes {

    static final String READ = "tools/read";
    static final String EXECUTE = "tools/execute";
    static final List<String> SCOPES = List.of(READ, EXECUTE);

    /** A message refused for want of a scope: the scope, and what needed it. */
    record Missing(String scope, String what) {}

    private final Map<String, ToolClass> tools;

    ToolScopes(Map<String, ToolClass> tools) {
        this.tools = Map.copyOf(tools);
    }

    /** What the token lacks for this message; empty when it may be served (or the tool is unknown). */
    Optional<Missing> missing(String method, String tool, Set<String> granted) {
        if ("tools/list".equals(method) && !granted.contains(READ) && !granted.contains(EXECUTE)) {
            return Optional.of(new Missing(READ, "listing the tools"));
        }
        if (!"tools/call".equals(method) || tool == null || !tools.containsKey(tool)) {
            return Optional.empty();
        }
        ToolClass toolClass = tools.get(tool);
        String scope = toolClass == ToolClass.MUTATING ? EXECUTE : READ;
        return granted.contains(scope)
                ? Optional.empty()
                : Optional.of(new Missing(scope, tool + " (" + describe(toolClass) + ")"));
    }

    private static String describe(ToolClass toolClass) {
        return switch (toolClass) {
            case READ -> "a read tool";
            case SENSITIVE_READ -> "a sensitive-read tool";
            case MUTATING -> "a tool that changes the cluster";
        };
    }
}
