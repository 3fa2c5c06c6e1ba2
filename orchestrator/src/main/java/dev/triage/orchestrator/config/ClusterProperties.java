package dev.triage.orchestrator.config;

import dev.triage.agents.tools.McpCredentials;
import dev.triage.agents.tools.McpEndpoint;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One cluster the service investigates ({@code triage.clusters.NAME.*}): its own MCP servers. The EKS and CloudWatch
 * servers read that cluster and its account; the runbook server acts on that cluster with its own ServiceAccount,
 * so it is per cluster too (a cluster without one gets findings and advice, no proposals).
 */
public record ClusterProperties(McpServerProperties eks, McpServerProperties cloudwatch, McpServerProperties runbook) {

    /** Checks the entry of cluster {@code name}. */
    void check(String name) {
        String key = "triage.clusters." + name;
        // Relaxed binding keeps only these in a map key (others are dropped), so only these can name a cluster.
        if (!name.matches("[a-z0-9][a-z0-9-]{0,99}")) {
            throw new IllegalArgumentException(
                    key + ": a cluster name is up to 100 lowercase letters, digits or '-', was '" + name + "'");
        }
        if (eks == null) {
            throw new IllegalArgumentException(key + ".eks is required: the diagnostic agent reads the cluster there");
        }
        servers().forEach((server, entry) -> entry.check(key + "." + server));
    }

    /** The servers of cluster {@code name} by the names the agents use, each as the agents reach it. */
    Map<String, McpEndpoint> endpoints(String name, McpCredentials shared) {
        Map<String, McpEndpoint> endpoints = new LinkedHashMap<>();
        servers()
                .forEach((server, entry) ->
                        endpoints.put(server, entry.endpoint("triage.clusters." + name + "." + server, shared)));
        return endpoints;
    }

    private Map<String, McpServerProperties> servers() {
        Map<String, McpServerProperties> servers = new LinkedHashMap<>();
        if (eks != null) {
            servers.put("eks", eks);
        }
        if (cloudwatch != null) {
            servers.put("cloudwatch", cloudwatch);
        }
        if (runbook != null) {
            servers.put("runbook", runbook);
        }
        return servers;
    }
}
