package dev.triage.kubernetes.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.testing.TestSnapshots;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A cluster that serves at once and loads its snapshot meanwhile serves what a loaded one does, or says why not. */
class LoadingClusterTest {

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
