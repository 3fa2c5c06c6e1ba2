package dev.triage.orchestrator.embedded;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.ClusterConnections;
import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.mcp.cloudwatch.CloudWatchMcpServerApplication;
import dev.triage.mcp.eks.EksMcpServerApplication;
import dev.triage.mcp.hosting.tracing.TraceExport;
import dev.triage.mcp.runbook.RunbookMcpServerApplication;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the embedded default needs in one JVM, started from a cluster snapshot: one embedded cluster serving
 * it, and the MCP servers reading that same cluster (so a runbook's change is what the EKS server then sees), each on
 * its own loopback port; the CloudWatch server serves the snapshot's metrics and logs.
 */
public final class EmbeddedStack implements AutoCloseable {

    private final Path snapshot;
    private final ClusterConnection cluster;
    private final List<EmbeddedMcpServer> servers;

    private EmbeddedStack(Path snapshot, ClusterConnection cluster, List<EmbeddedMcpServer> servers) {
        this.snapshot = snapshot;
        this.cluster = cluster;
        this.servers = List.copyOf(servers);
    }

    /**
     * Starts the stack on {@code snapshot}, or on the bundled demo snapshot when none is given; the runbook server
     * keeps its ledger in an embedded PostgreSQL of its own.
     */
    public static EmbeddedStack start(Optional<Path> snapshot) {
        return start(snapshot, Map.of(), Map.of());
    }

    /**
     * Starts the stack for one investigation that ends with the process (the CLI): the runbook server plans and
     * answers proposals but keeps no ledger, so no database starts; it serves no execute_runbook, which no one could
     * approve for here.
     */
    public static EmbeddedStack withoutLedger(Optional<Path> snapshot) {
        return start(snapshot, Map.of("triage.runbook-ledger", "none"), Map.of());
    }

    /** As {@link #start(Optional, Map, Map)} with no shared properties. */
    public static EmbeddedStack start(Optional<Path> snapshot, Map<String, String> ledgerDatabase) {
        return start(snapshot, ledgerDatabase, Map.of());
    }

    /**
     * Starts the stack with the runbook server's ledger in the database {@code ledgerDatabase} names
     * ({@code spring.datasource.url}, {@code username}, {@code password}): the service's own, so approvals given
     * through its API are the ones the runbook server checks. Every server is also given {@code shared} properties
     * (where traces go).
     */
    public static EmbeddedStack start(
            Optional<Path> snapshot, Map<String, String> ledgerDatabase, Map<String, String> shared) {
        BundledSnapshots.removeAbandoned();
        Path dir = snapshot.orElseGet(BundledSnapshots::demo).toAbsolutePath();
        ClusterConnection cluster = ClusterConnections.open(Optional.of(dir), Optional.empty());
        List<EmbeddedMcpServer> started = new ArrayList<>();
        try {
            Map<String, String> properties = new LinkedHashMap<>(shared);
            properties.put("triage.snapshot", dir.toString());
            Map<String, String> runbook = new LinkedHashMap<>(properties);
            runbook.putAll(ledgerDatabase);
            runbook.put("triage.mcp.mutating-tools", "approval-gated");
            started.add(EmbeddedMcpServer.start("eks", EksMcpServerApplication.class, cluster, properties));
            started.add(EmbeddedMcpServer.start("runbook", RunbookMcpServerApplication.class, cluster, runbook));
            started.add(
                    EmbeddedMcpServer.start("cloudwatch", CloudWatchMcpServerApplication.class, cluster, properties));
            return new EmbeddedStack(dir, cluster, started);
        } catch (RuntimeException e) {
            started.forEach(EmbeddedMcpServer::close);
            cluster.close();
            throw e;
        }
    }

    public Path snapshot() {
        return snapshot;
    }

    public String clusterName() {
        return cluster.clusterName();
    }

    /** The MCP servers by name ({@code eks}, {@code runbook}) and their URLs. */
    public Map<String, URI> servers() {
        Map<String, URI> urls = new LinkedHashMap<>();
        servers.forEach(server -> urls.put(server.name(), server.url()));
        return urls;
    }

    public URI url(String server) {
        return Optional.ofNullable(servers().get(server))
                .orElseThrow(() -> new IllegalArgumentException("no embedded MCP server named " + server));
    }

    /** Sends the spans the servers have ended so far, and waits for them (tests and benchmarks); none when untraced. */
    public void flushTraces() {
        servers.forEach(
                server -> server.context().getBeanProvider(TraceExport.class).ifAvailable(TraceExport::flush));
    }

    @Override
    public void close() {
        servers.forEach(EmbeddedMcpServer::close);
        cluster.close();
    }
}
