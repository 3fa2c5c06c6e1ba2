package dev.triage.kubernetes.snapshot;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.net.InetAddress;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Queue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Serves a snapshot through the real Kubernetes API paths (fabric8 mock server, CRUD mode, /log served from logs/). */
public final class EmbeddedCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCluster.class);

    private final Snapshot snapshot;
    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final Clock clock;

    private EmbeddedCluster(Snapshot snapshot, KubernetesMockServer server) {
        this.snapshot = snapshot;
        this.server = server;
        this.client =
                new KubernetesClientBuilder().withConfig(clientConfig(server)).build();
        this.clock = Clock.fixed(snapshot.capturedAt(), ZoneOffset.UTC);
    }

    public static EmbeddedCluster start(Snapshot snapshot) {
        long started = System.nanoTime();
        KubernetesSerialization serialization = new KubernetesSerialization();
        KubernetesCrudDispatcher crud = new KubernetesCrudDispatcher();
        new ClusterStore(crud, serialization, snapshot.capturedAt()).load(snapshot.objects());
        Map<ServerRequest, Queue<ServerResponse>> expectations = new HashMap<>();
        SnapshotDispatcher dispatcher = new SnapshotDispatcher(
                expectations,
                crud,
                new PodLogEndpoint(snapshot, crud, serialization),
                new ScaleEndpoint(crud, serialization),
                serialization);
        KubernetesMockServer server =
                new KubernetesMockServer(new Context(), new MockWebServer(), expectations, dispatcher, false);
        server.start(InetAddress.getLoopbackAddress(), 0);
        LOG.info(
                "Embedded cluster '{}' at {} serves {} objects from {} (started in {} ms)",
                snapshot.cluster(),
                baseUrl(server),
                snapshot.objects().size(),
                snapshot.root(),
                (System.nanoTime() - started) / 1_000_000);
        return new EmbeddedCluster(snapshot, server);
    }

    /** A client bound to the embedded server. */
    public KubernetesClient client() {
        return client;
    }

    /** Fixed at the snapshot's capture time: ages and "since" are judged as they were then. */
    public Clock clock() {
        return clock;
    }

    public Snapshot snapshot() {
        return snapshot;
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
