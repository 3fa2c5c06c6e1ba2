package dev.triage.kubernetes.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triage.kubernetes.testing.TestSnapshots;
import io.fabric8.kubernetes.api.Pluralize;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster that serves at once and loads its snapshot meanwhile serves what a loaded one does, or says why not. */
class LoadingClusterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void servesTheSameObjectsAsALoadedCluster() {
        Snapshot small = TestSnapshots.load("small");
        try (EmbeddedCluster loading = EmbeddedCluster.loading(TestSnapshots.dir("small"))) {
            assertThat(loading.clusterName()).isEqualTo(small.cluster());
            assertThat(loading.clock().instant()).isEqualTo(small.capturedAt());

            // Asked at once: the request waits for the objects rather than seeing an empty store.
            assertThat(loading.client().pods().inNamespace("shop").list().getItems())
                    .extracting(pod -> pod.getMetadata().getName())
                    .contains("web-1");
            loading.awaitLoaded();
            assertThat(loading.snapshot().objects()).hasSameSizeAs(small.objects());
            Pod web = loading.client()
                    .pods()
                    .inNamespace("shop")
                    .withName("web-1")
                    .get();
            assertThat(loading.client()
                            .pods()
                            .inNamespace("shop")
                            .withName("web-1")
                            .inContainer(
                                    web.getSpec().getContainers().getFirst().getName())
                            .getLog())
                    .isNotEmpty();
        }
    }

    /** The loading cluster stores the trees its files were read from; the loaded one, the typed objects. */
    @Test
    void servesEachObjectAsOneLoadedFromTypedObjectsDoes(@TempDir Path written) throws IOException {
        Files.writeString(written.resolve("snapshot.yaml"), "cluster: c\ncapturedAt: 2026-11-21T10:00:00Z\n");
        // As API servers write them: explicit nulls, empty lists; and a kind without a model, kept as written.
        Files.writeString(written.resolve("objects.yaml"), """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: web, namespace: shop}
                spec:
                  selector: {matchLabels: {app: web}}
                  template:
                    metadata: {creationTimestamp: null, labels: {app: web}}
                    spec:
                      containers: [{name: web, image: web:1, args: [], resources: {}}]
                status:
                  conditions: [{type: Available, status: "True", lastUpdateTime: null}]
                ---
                apiVersion: discovery.k8s.io/v1
                kind: EndpointSlice
                metadata: {name: web-x, namespace: shop}
                addressType: IPv4
                endpoints: []
                ---
                apiVersion: example.com/v1
                kind: Widget
                metadata: {name: blue, namespace: shop}
                spec: {size: null, parts: []}
                """);
        for (Path dir : List.of(written, TestSnapshots.dir("small"), BundledSnapshots.demo())) {
            Snapshot snapshot = SnapshotLoader.load(dir);
            try (EmbeddedCluster loaded = EmbeddedCluster.start(snapshot);
                    EmbeddedCluster loading = EmbeddedCluster.loading(dir)) {
                loading.awaitLoaded();
                for (HasMetadata object : snapshot.objects()) {
                    assertThat(served(loading, object))
                            .as("%s in %s", path(object), dir)
                            .isNotNull()
                            .isEqualTo(served(loaded, object));
                }
            }
        }
    }

    private static JsonNode served(EmbeddedCluster cluster, HasMetadata object) throws IOException {
        String json = cluster.client().raw(cluster.url() + path(object));
        return json == null ? null : JSON.readTree(json);
    }

    private static String path(HasMetadata object) {
        String apiVersion = object.getApiVersion();
        String namespace = object.getMetadata().getNamespace();
        String plural = object instanceof GenericKubernetesResource
                ? Pluralize.toPlural(object.getKind().toLowerCase(Locale.ROOT))
                : object.getPlural();
        return (apiVersion.contains("/") ? "apis/" : "api/") + apiVersion
                + (namespace == null ? "" : "/namespaces/" + namespace) + "/" + plural + "/"
                + object.getMetadata().getName();
    }

    @Test
    void anObjectFileThatDoesNotLoadFailsTheWaitAndEveryRequestWithWhy() {
        Path bad = TestSnapshots.dir("bad-yaml");
        String why = catchMessage(() -> SnapshotLoader.load(bad));
        try (EmbeddedCluster loading = EmbeddedCluster.loading(bad);
                KubernetesClient client = withoutRetries(loading)) {
            assertThatThrownBy(loading::awaitLoaded)
                    .isInstanceOf(SnapshotException.class)
                    .hasMessage(why);
            assertThatThrownBy(() -> client.pods().inAnyNamespace().list())
                    .isInstanceOf(KubernetesClientException.class)
                    .hasMessageContaining("the snapshot could not be loaded")
                    .satisfies(e -> assertThat(((KubernetesClientException) e).getCode())
                            .isEqualTo(503));
        }
    }

    @Test
    void aDirectoryWithoutAManifestIsRefusedAtOnce() throws URISyntaxException {
        // Not through TestSnapshots, which finds a snapshot by its manifest.
        Path noManifest =
                Path.of(getClass().getResource("/snapshots/bad-no-manifest").toURI());
        assertThatThrownBy(() -> EmbeddedCluster.loading(noManifest))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("snapshot.yaml");
        assertThatThrownBy(() -> EmbeddedCluster.loading(noManifest.resolve("nothing-here")))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("does not exist or is not a directory");
    }

    /** The cluster's own client retries a 503 with back-off for seconds: the answer is the same at once. */
    private static KubernetesClient withoutRetries(EmbeddedCluster cluster) {
        return new KubernetesClientBuilder()
                .withConfig(new ConfigBuilder(Config.empty())
                        .withMasterUrl(cluster.url())
                        .withRequestRetryBackoffLimit(0)
                        .build())
                .build();
    }

    private static String catchMessage(Runnable load) {
        try {
            load.run();
        } catch (SnapshotException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected the snapshot not to load");
    }
}
