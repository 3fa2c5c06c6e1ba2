package dev.triage.agents;

import dev.triage.agents.master.SubAgent;
import dev.triage.agents.routing.RoutingSettings;
import dev.triage.agents.tools.ToolAccess;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the agents are wired.
 *
 * @param servers MCP servers by name ({@code eks}, {@code cloudwatch}, {@code runbook}) to their URL, {@code /mcp}
 *     included; an agent whose server is missing is skipped with a note
 * @param agentTools by agent ({@code diagnostic}, {@code analysis}, {@code remediation}), the tools it may use:
 *     a server name for all of its tools, or {@code server:tool} entries for an allow-list. Unset agents get
 *     diagnostic → eks, analysis → cloudwatch, remediation → runbook
 * @param routing model routing; the rules tier alone when nothing is enabled
 * @param toolTimeout per MCP call (default 30 s)
 */
public record AgentsSettings(
        Map<String, URI> servers, Map<String, List<String>> agentTools, RoutingSettings routing, Duration toolTimeout) {

    private static final Map<SubAgent, String> DEFAULT_SERVERS =
            Map.of(SubAgent.DIAGNOSTIC, "eks", SubAgent.ANALYSIS, "cloudwatch", SubAgent.REMEDIATION, "runbook");

    public AgentsSettings {
        servers = servers == null ? Map.of() : Map.copyOf(servers);
        agentTools = agentTools == null ? Map.of() : Map.copyOf(agentTools);
        routing = routing == null ? new RoutingSettings(null, null, null, null, null, null, null, 0) : routing;
        toolTimeout = toolTimeout == null ? Duration.ofSeconds(30) : toolTimeout;
        if (toolTimeout.isNegative() || toolTimeout.isZero()) {
            throw new IllegalArgumentException("tool-timeout must be positive, was " + toolTimeout);
        }
        agentTools.forEach(AgentsSettings::access);
    }

    /** The embedded default: these servers, the default tools, the rules tier and no model. */
    public static AgentsSettings rulesOnly(Map<String, URI> servers) {
        return new AgentsSettings(servers, null, null, null);
    }

    /** The server and tools {@code agent} works with. */
    ToolAccess access(SubAgent agent) {
        List<String> entries = agentTools.get(agent.wireName());
        return entries == null ? ToolAccess.all(DEFAULT_SERVERS.get(agent)) : access(agent.wireName(), entries);
    }

    private static ToolAccess access(String agent, List<String> entries) {
        if (SubAgent.DIAGNOSTIC.wireName().equals(agent)
                || SubAgent.ANALYSIS.wireName().equals(agent)
                || SubAgent.REMEDIATION.wireName().equals(agent)) {
            Set<String> servers = new HashSet<>();
            Set<String> tools = new HashSet<>();
            for (String entry : entries) {
                int colon = entry.indexOf(':');
                servers.add(
                        colon < 0 ? entry.strip() : entry.substring(0, colon).strip());
                if (colon >= 0) {
                    tools.add(entry.substring(colon + 1).strip());
                }
            }
            if (servers.size() != 1) {
                throw new IllegalArgumentException(
                        "agent-tools." + agent + " must name exactly one MCP server, was " + entries);
            }
            return new ToolAccess(servers.iterator().next(), tools);
        }
        throw new IllegalArgumentException(
                "agent-tools: unknown agent '" + agent + "' (diagnostic, analysis, remediation)");
    }
}
