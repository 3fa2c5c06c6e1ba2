package dev.triage.kubernetes.snapshot;

import dev.triage.kubernetes.tracing.ApiRequestSpans;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a snapshot through the real Kubernetes API paths (fabric8 mock server, CRUD mode, /log served from logs/).
 * Either loaded before it serves ({@link #start}), or serving at once while its objects load ({@link #loading}).
 */
public final class EmbeddedCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCluster.class);

    private final Path root;
    private final SnapshotManifest manifest;
    private final CompletableFuture<Snapshot> loaded;
    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final Clock clock;

    private EmbeddedCluster(
            Path root,
            SnapshotManifest manifest,
            CompletableFuture<Snapshot> loaded,
            KubernetesMockServer server,
            KubernetesSerialization serialization) {
        this.root = root;
        this.manifest = manifest;
        this.loaded = loaded;
        this.server = server;
        // Traced like a live cluster's client: each API request a tool makes is a client span in its trace.
        this.client = ApiRequestSpans.client(clientConfig(server), serialization);
        this.clock = Clock.fixed(manifest.capturedAt(), ZoneOffset.UTC);
    }

    /** Serves {@code snapshot}, every object in the store before the server listens. */
    public static EmbeddedCluster start(Snapshot snapshot) {
        long started = System.nanoTime();
        SnapshotManifest manifest = new SnapshotManifest(snapshot.cluster(), snapshot.capturedAt());
        KubernetesSerialization serialization = new KubernetesSerialization();
        KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
        new ClusterStore(crud, serialization, snapshot.capturedAt()).load(snapshot.objects());
        CompletableFuture<Snapshot> loaded = CompletableFuture.completedFuture(snapshot);
        EmbeddedCluster cluster = new EmbeddedCluster(
                snapshot.root(),
                manifest,
                loaded,
                serve(snapshot.root(), manifest, crud, serialization, loaded),
                serialization);
        cluster.logLoaded(snapshot, started);
        return cluster;
    }

    /**
     * Serves the snapshot in {@code dir} at once and loads its objects on a thread of their own (the most of a
     * start, done while the caller starts what will read the cluster): a request that comes before they are in
     * waits for them. The manifest is read first, so a directory that is no snapshot fails here; an object file
     * that does not load fails {@link #awaitLoaded()}, and every request after it.
     */
    public static EmbeddedCluster loading(Path dir) {
        long started = System.nanoTime();
        Path root = SnapshotLoader.root(dir);
        SnapshotManifest manifest = SnapshotManifest.read(root);
        KubernetesSerialization serialization = new KubernetesSerialization();
        KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
        CompletableFuture<Snapshot> loaded = new CompletableFuture<>();
        EmbeddedCluster cluster = new EmbeddedCluster(
                root, manifest, loaded, serve(root, manifest, crud, serialization, loaded), serialization);
        Thread.ofPlatform().name("triage-snapshot-load").start(() -> {
            try {
                List<ParsedObject> objects = SnapshotLoader.read(root, serialization);
                new ClusterStore(crud, serialization, manifest.capturedAt()).loadParsed(objects);
                Snapshot snapshot = SnapshotLoader.snapshot(root, manifest, objects);
                loaded.complete(snapshot);
                cluster.logLoaded(snapshot, started);
            } catch (RuntimeException | Error e) {
                loaded.completeExceptionally(e);
            }
        });
        return cluster;
    }

    private static KubernetesMockServer serve(
            Path root,
            SnapshotManifest manifest,
            KubernetesCrudDispatcher crud,
            KubernetesSerialization serialization,
            CompletableFuture<Snapshot> loaded) {
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        SnapshotDispatcher dispatcher = new SnapshotDispatcher(
                expectations,
                crud,
                new PodLogEndpoint(root, manifest.capturedAt(), crud, serialization),
                new ScaleEndpoint(crud, serialization),
                serialization,
                loaded);
        KubernetesMockServer server =
                new KubernetesMockServer(new Context(), new MockWebServer(), expectations, dispatcher, false);
        server.start(InetAddress.getLoopbackAddress(), 0);
        return server;
    }

    private void logLoaded(Snapshot snapshot, long started) {
        LOG.info(
                "Embedded cluster '{}' at {} serves {} objects from {} (started in {} ms)",
                snapshot.cluster(),
                baseUrl(server),
                snapshot.objects().size(),
                snapshot.root(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Waits until every object of the snapshot is served; throws the {@link SnapshotException} (or other failure)
     * that stopped them loading.
     */
    public void awaitLoaded() {
        snapshot();
    }

    public String clusterName() {
        return manifest.cluster();
    }

    /** A client bound to the embedded server. */
    public KubernetesClient client() {
        return client;
    }

    /** Fixed at the snapshot's capture time: ages and "since" are judged as they were then. */
    public Clock clock() {
        return clock;
    }

    /** The snapshot served, once its objects are loaded (waits for them). */
    public Snapshot snapshot() {
        try {
            return loaded.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure
                    ? failure
                    : new SnapshotException("the snapshot in " + root + " did not load: " + e.getCause(), e);
        }
    }

    /** The API server's base URL, for clients built elsewhere (plain HTTP on the loopback address). */
    public String url() {
        return baseUrl(server);
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }

    /** By address, not "localhost", which may resolve to an IPv6 address the server does not listen on. */
    private static String baseUrl(KubernetesMockServer server) {
        return "http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + server.getPort() + "/";
    }

    private static Config clientConfig(KubernetesMockServer server) {
        return new ConfigBuilder(Config.empty())
                .withMasterUrl(baseUrl(server))
                .withNamespace("default")
                .withHttp2Disable(true)
                .build();
    }
}
