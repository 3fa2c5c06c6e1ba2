package dev.triage.orchestrator.config;

import com.zaxxer.hikari.HikariDataSource;
import dev.triage.agents.tools.McpAuth;
import dev.triage.agents.tools.McpCredentials;
import dev.triage.agents.tools.McpEndpoint;
import dev.triage.orchestrator.embedded.EmbeddedStack;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The clusters the agents investigate and the MCP servers of each: several from {@code triage.clusters.NAME.*}, one
 * from {@code triage.agents.servers} and {@code triage.agents.cluster}, or the embedded stack started here on a
 * snapshot (closed with this object). Public so the end-to-end tests reach the servers the agents use.
 *
 * @param cluster the default cluster: investigated when a request names none
 * @param servers the default cluster's servers by name, as URLs (the chat UI's pickers and the approvals use them)
 * @param embeddedStack present in the embedded default
 * @param credentials {@code triage.agents.auth}'s headers: a bearer token for servers that check them
 * @param clusters every cluster by name, each server as the agents reach it (URL and credentials)
 */
public record AgentServers(
        String cluster,
        Map<String, URI> servers,
        Optional<EmbeddedStack> embeddedStack,
        McpCredentials credentials,
        Map<String, Map<String, McpEndpoint>> clusters)
        implements AutoCloseable {

    /** The names of the clusters investigated, sorted. */
    public Set<String> clusterNames() {
        return new TreeSet<>(clusters.keySet());
    }

    /**
     * {@code database} is the service's own: in the embedded default the runbook server keeps its ledger there;
     * {@code embeddedProperties} go to every embedded server (where traces go).
     */
    static AgentServers from(
            AgentsProperties agents,
            Map<String, ClusterProperties> clusters,
            SnapshotProperties snapshot,
            HikariDataSource database,
            Map<String, String> embeddedProperties) {
        if (!clusters.isEmpty() || !agents.embedded()) {
            if (snapshot.snapshotDir().isPresent()) {
                throw new IllegalArgumentException("triage.snapshot is for the embedded default only; with "
                        + "triage.clusters or triage.agents.servers set, each eks server reads its own cluster");
            }
            return clusters.isEmpty() ? configured(agents) : configured(agents, clusters);
        }
        if (agents.cluster() != null) {
            throw new IllegalArgumentException("triage.agents.cluster applies only with triage.clusters or "
                    + "triage.agents.servers; the embedded default reports the snapshot's cluster");
        }
        return embedded(snapshot, database, embeddedProperties);
    }

    /** One cluster, {@code triage.agents.cluster}, behind {@code triage.agents.servers}. */
    private static AgentServers configured(AgentsProperties agents) {
        Map<String, McpEndpoint> endpoints = new LinkedHashMap<>();
        agents.servers()
                .forEach((name, url) ->
                        endpoints.put(name, new McpEndpoint(url, McpAuth.of(agents.credentials()), null)));
        return new AgentServers(
                agents.cluster(),
                agents.servers(),
                Optional.empty(),
                agents.credentials(),
                Map.of(agents.cluster(), endpoints));
    }

    /** Several clusters; the default is {@code triage.agents.cluster}, or the only one. */
    private static AgentServers configured(AgentsProperties agents, Map<String, ClusterProperties> clusters) {
        if (!agents.servers().isEmpty()) {
            throw new IllegalArgumentException("set triage.clusters.NAME.* or triage.agents.servers, not both: "
                    + "with several clusters each names its own servers");
        }
        String defaultCluster = agents.cluster() != null
                ? agents.cluster()
                : clusters.size() == 1 ? clusters.keySet().iterator().next() : null;
        if (defaultCluster == null || !clusters.containsKey(defaultCluster)) {
            throw new IllegalArgumentException("triage.agents.cluster must name the cluster investigated when a "
                    + "request names none, one of " + clusters.keySet()
                    + (defaultCluster == null ? "" : ", was '" + defaultCluster + "'"));
        }
        Map<String, Map<String, McpEndpoint>> endpoints = new LinkedHashMap<>();
        clusters.forEach((name, cluster) -> endpoints.put(name, cluster.endpoints(name, agents.credentials())));
        Map<String, URI> urls = new LinkedHashMap<>();
        endpoints.get(defaultCluster).forEach((server, endpoint) -> urls.put(server, endpoint.url()));
        return new AgentServers(defaultCluster, urls, Optional.empty(), agents.credentials(), endpoints);
    }

    private static AgentServers embedded(
            SnapshotProperties snapshot, HikariDataSource database, Map<String, String> embeddedProperties) {
        Map<String, String> ledger = new HashMap<>();
        ledger.put("spring.datasource.url", database.getJdbcUrl());
        if (database.getUsername() != null) {
            ledger.put("spring.datasource.username", database.getUsername());
        }
        if (database.getPassword() != null) {
            ledger.put("spring.datasource.password", database.getPassword());
        }
        EmbeddedStack stack = EmbeddedStack.start(snapshot.snapshotDir(), ledger, embeddedProperties);
        // The embedded servers listen on loopback in this JVM and check no token.
        Map<String, McpEndpoint> endpoints = new LinkedHashMap<>();
        stack.servers().forEach((server, url) -> endpoints.put(server, McpEndpoint.plain(url)));
        return new AgentServers(
                stack.clusterName(),
                stack.servers(),
                Optional.of(stack),
                McpCredentials.none(),
                Map.of(stack.clusterName(), endpoints));
    }

    @Override
    public void close() {
        embeddedStack.ifPresent(EmbeddedStack::close);
    }
}
