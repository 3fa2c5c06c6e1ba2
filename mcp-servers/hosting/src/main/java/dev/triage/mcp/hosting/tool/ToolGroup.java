package dev.triage.mcp.hosting.tool;

import java.util.List;

/**
 * A bean holding the tools of one capability (resources, logs, events...). Every {@code ToolGroup} bean in the
 * application context is served by the MCP endpoint.
 */
public interface ToolGroup {

    List<ToolDefinition> tools();
}
