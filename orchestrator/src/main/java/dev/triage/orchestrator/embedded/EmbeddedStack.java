package dev.triage.orchestrator.embedded;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.ClusterConnections;
import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.kubernetes.snapshot.EmbeddedCluster;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.core.env.StandardEnvironment;

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
        return start(snapshot, Map.of("triage.runbook-ledger", "none"), Map.of(), false);
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
        return start(snapshot, ledgerDatabase, shared, true);
    }

    /**
     * {@code managed}: the servers have their actuator endpoints and metrics, as in the service; a one-shot run has
     * no one to probe or scrape them, and starts faster without.
     */
    private static EmbeddedStack start(
            Optional<Path> snapshot, Map<String, String> ledgerDatabase, Map<String, String> shared, boolean managed) {
        BundledSnapshots.removeAbandoned();
        Path dir = snapshot.orElseGet(BundledSnapshots::demo).toAbsolutePath();
        // The objects load while the servers start: neither reads the other until a tool is called.
        EmbeddedCluster loading = EmbeddedCluster.loading(dir);
        ClusterConnection cluster = ClusterConnections.of(loading);
        try {
            Map<String, String> properties = new LinkedHashMap<>(shared);
            properties.put("triage.snapshot", dir.toString());
            Map<String, String> runbook = new LinkedHashMap<>(properties);
            runbook.putAll(ledgerDatabase);
            runbook.put("triage.mcp.mutating-tools", "approval-gated");
            List<EmbeddedMcpServer> started = startTogether(
                    List.of(
                            new Server("eks", EksMcpServerApplication.class, properties),
                            new Server("runbook", RunbookMcpServerApplication.class, runbook),
                            new Server("cloudwatch", CloudWatchMcpServerApplication.class, properties)),
                    cluster,
                    managed);
            try {
                loading.awaitLoaded();
            } catch (RuntimeException e) {
                started.forEach(EmbeddedMcpServer::close);
                throw e;
            }
            return new EmbeddedStack(dir, cluster, started);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    private record Server(String name, Class<?> application, Map<String, String> properties) {}

    /**
     * Starts the servers at the same time, each on its own thread (their Spring contexts share nothing but the
     * cluster, and most of a start is one core's work): in the order given, or none, the started ones closed again
     * when one fails, with its failure.
     */
    private static List<EmbeddedMcpServer> startTogether(
            List<Server> servers, ClusterConnection cluster, boolean managed) {
        initializeLogging();
        List<Future<EmbeddedMcpServer>> starts = new ArrayList<>();
        try (ExecutorService starter = Executors.newThreadPerTaskExecutor(
                Thread.ofPlatform().name("triage-mcp-start-", 1).factory())) {
            servers.forEach(server -> starts.add(starter.submit(() -> EmbeddedMcpServer.start(
                    server.name(), server.application(), cluster, server.properties(), managed))));
        }
        // All have ended (closing the executor waited for them).
        List<EmbeddedMcpServer> started = starts.stream()
                .filter(start -> start.state() == Future.State.SUCCESS)
                .map(Future::resultNow)
                .toList();
        Optional<Throwable> failure = starts.stream()
                .filter(start -> start.state() == Future.State.FAILED)
                .map(Future::exceptionNow)
                .findFirst();
        if (failure.isPresent()) {
            started.forEach(EmbeddedMcpServer::close);
            throw failure.get() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException(failure.get());
        }
        return started;
    }

    /**
     * Spring Boot sets up logging once per JVM, in the first application to start (the service, when there is one;
     * later ones see it done). Servers starting together would each do it at once, and add their appenders three
     * times over: it is done here first, as the first application would.
     */
    private static void initializeLogging() {
        LoggingSystem logging = LoggingSystem.get(EmbeddedStack.class.getClassLoader());
        logging.beforeInitialize();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
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
