package dev.triage.orchestrator.config;

import dev.triage.agents.tools.McpCredentials;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the agents' MCP servers are ({@code triage.agents.*}). With no servers the service runs the embedded default:
 * the MCP servers start in this JVM on a cluster snapshot.
 *
 * @param servers by name ({@code eks}, {@code cloudwatch}, {@code runbook}) to the URL, {@code /mcp} included; an
 *     agent whose server is missing is skipped with a note in the report
 * @param agentTools by agent ({@code diagnostic}, {@code analysis}, {@code remediation}): a server name, or
 *     {@code server:tool} entries for an allow-list
 * @param cluster the name of the cluster the eks server reads, as reports show it; required with servers. With
 *     several {@code triage.clusters}, the one investigated when a request names none
 * @param toolTimeout how long one MCP tool call may take
 * @param auth how the agents get a token for MCP servers that check tokens; none by default
 */
@ConfigurationProperties(prefix = "triage.agents", ignoreUnknownFields = false)
public record AgentsProperties(
        @DefaultValue Map<String, URI> servers,
        @DefaultValue Map<String, List<String>> agentTools,
        String cluster,
        @DefaultValue("30s") Duration toolTimeout,
        AgentsAuthProperties auth) {

    private static final Set<String> SERVER_NAMES = Set.of("eks", "cloudwatch", "runbook");
    private static final String AUTH = "triage.agents.auth";

    public AgentsProperties {
        servers = Map.copyOf(servers);
        agentTools = Map.copyOf(agentTools);
        servers.forEach(AgentsProperties::requireServer);
        if (!servers.isEmpty() && (cluster == null || cluster.isBlank())) {
            throw new IllegalArgumentException(
                    "triage.agents.cluster is required with triage.agents.servers: name the cluster the eks server reads");
        }
        if (auth != null) {
            auth.check(AUTH);
        }
    }

    /** What the agents send the servers: the configured token, or nothing. */
    McpCredentials credentials() {
        return auth == null ? McpCredentials.none() : auth.credentials(AUTH);
    }

    /** True when no server is configured: the MCP servers run in this JVM. */
    public boolean embedded() {
        return servers.isEmpty();
    }

    private static void requireServer(String name, URI url) {
        if (!SERVER_NAMES.contains(name)) {
            throw new IllegalArgumentException(
                    "triage.agents.servers." + name + ": unknown MCP server (known: eks, cloudwatch, runbook)");
        }
        String scheme = url.getScheme();
        if (url.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
            throw new IllegalArgumentException(
                    "triage.agents.servers." + name + " must be an http(s) URL ending in /mcp, was " + url);
        }
    }
}
