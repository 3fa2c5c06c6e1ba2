package dev.triage.agents.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The MCP servers of each cluster the service investigates, by the cluster's name: a request is investigated through
 * its own cluster's servers and no other's. Or one set of servers whatever the request names (a single cluster whose
 * name the caller checks, as the embedded default and the CLI do).
 */
public final class ClusterServers implements AutoCloseable {

    private final Map<String, McpServers> clusters;
    private final McpServers anyCluster;

    private ClusterServers(Map<String, McpServers> clusters, McpServers anyCluster) {
        this.clusters = Map.copyOf(clusters);
        this.anyCluster = anyCluster;
    }

    public static ClusterServers anyCluster(McpServers servers) {
        return new ClusterServers(Map.of(), servers);
    }

    public static ClusterServers byCluster(Map<String, McpServers> clusters) {
        if (clusters.isEmpty()) {
            throw new IllegalArgumentException("no cluster is configured");
        }
        return new ClusterServers(clusters, null);
    }

    /** The servers of {@code cluster}; empty when it is not one of the configured clusters. */
    public Optional<McpServers> of(String cluster) {
        return anyCluster != null ? Optional.of(anyCluster) : Optional.ofNullable(clusters.get(cluster));
    }

    /** The configured clusters' names, sorted; empty when one set of servers serves whatever is asked. */
    public Set<String> names() {
        return new TreeSet<>(clusters.keySet());
    }

    @Override
    public void close() {
        List<McpServers> all = new ArrayList<>(clusters.values());
        if (anyCluster != null) {
            all.add(anyCluster);
        }
        all.forEach(McpServers::close);
    }
}
