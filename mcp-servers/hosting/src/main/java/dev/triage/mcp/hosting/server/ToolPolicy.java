package dev.triage.mcp.hosting.server;

import dev.triage.mcp.hosting.McpHostingProperties;
import dev.triage.mcp.hosting.tool.ToolClass;

/** Which tool classes this server serves, from its configuration. */
record ToolPolicy(boolean sensitiveReads) {

    static ToolPolicy from(McpHostingProperties properties) {
        return new ToolPolicy(properties.sensitiveReads());
    }

    boolean allows(ToolClass toolClass) {
        return switch (toolClass) {
            case READ -> true;
            case SENSITIVE_READ -> sensitiveReads;
            // No approval flow yet, so nothing may change the cluster.
            case MUTATING -> false;
        };
    }
}
