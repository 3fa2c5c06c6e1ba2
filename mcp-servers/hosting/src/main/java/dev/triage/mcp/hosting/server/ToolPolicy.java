package dev.triage.mcp.hosting.server;

import dev.triage.mcp.hosting.McpHostingProperties;
import dev.triage.mcp.hosting.MutatingTools;
import dev.triage.mcp.hosting.tool.ToolClass;

/** Which tool classes this server serves, from its configuration. */
record ToolPolicy(boolean sensitiveReads, MutatingTools mutatingTools) {

    static ToolPolicy from(McpHostingProperties properties) {
        return new ToolPolicy(properties.sensitiveReads(), properties.mutatingTools());
    }

    boolean allows(ToolClass toolClass) {
        return switch (toolClass) {
            case READ -> true;
            case SENSITIVE_READ -> sensitiveReads;
            // The hosting cannot judge an approval, so it serves mutating tools only where the server says it does.
            case MUTATING -> mutatingTools == MutatingTools.APPROVAL_GATED;
        };
    }
}
