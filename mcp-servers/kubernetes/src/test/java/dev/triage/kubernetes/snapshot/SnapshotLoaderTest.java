package dev.triage.kubernetes.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.testing.TestSnapshots;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnapshotLoaderTest {

    private final Snapshot small = TestSnapshots.load("small");

    @Test
    void readsTheManifest() {
        assertThat(small.cluster()).isEqualTo("test-cluster");
        assertThat(small.capturedAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(small.root()).isEqualTo(TestSnapshots.dir("small").toAbsolutePath());
    }

    @Test
    void readsListsMultiDocumentYamlAndJsonButNotLogsOrMetrics() {
        assertThat(small.objects())
                .extracting(SnapshotLoaderTest::identity)
                .containsExactlyInAnyOrder(
                        "Namespace default",
                        "Namespace shop",
                        "Node ip-10-0-1-17.ec2.internal",
                        "Deployment payments/ledger",
                        "Widget payments/blue",
                        "Pod shop/cart-7d9f-abcde",
                        "Pod shop/web-1",
                        "Pod shop/img-1",
                        "Deployment shop/cart",
                        "Service shop/cart",
                        "ConfigMap shop/cart-config",
                        "Secret shop/cart-db");
    }

    @Test
    void keepsStatusAndTimestampsOfTypedObjects() {
        Pod cart = find(Pod.class, "cart-7d9f-abcde");
        assertThat(cart.getApiVersion()).isEqualTo("v1");
        assertThat(cart.getMetadata().getCreationTimestamp()).isEqualTo("2026-11-20T08:00:00Z");
        assertThat(cart.getStatus().getContainerStatuses().getFirst().getRestartCount())
                .isEqualTo(7);
        assertThat(cart.getStatus()
                        .getContainerStatuses()
                        .getFirst()
                        .getLastState()
                        .getTerminated()
                        .getReason())
                .isEqualTo("OOMKilled");
        assertThat(find(Deployment.class, "cart").getStatus().getUnavailableReplicas())
                .isEqualTo(1);
        assertThat(find(Node.class, "ip-10-0-1-17.ec2.internal")
                        .getStatus()
                        .getConditions()
                        .getFirst()
                        .getType())
                .isEqualTo("Ready");
    }

    @Test
    void readsKindsWithoutAModelClassAsGenericResources() {
        GenericKubernetesResource widget = find(GenericKubernetesResource.class, "blue");
        assertThat(widget.getApiVersion()).isEqualTo("example.com/v1");
        assertThat(widget.get("status", "state").toString()).isEqualTo("Broken");
    }

    @Test
    void findsCurrentAndPreviousLogs() {
        assertThat(small.log("shop", "cart-7d9f-abcde", "cart", false))
                .hasValue(small.root().resolve("logs/shop/cart-7d9f-abcde/cart.log"));
        assertThat(small.log("shop", "cart-7d9f-abcde", "cart", true))
                .hasValue(small.root().resolve("logs/shop/cart-7d9f-abcde/cart.previous.log"));
        assertThat(small.log("shop", "web-1", "web", true)).isEmpty();
        assertThat(small.log("shop", "nope", "web", false)).isEmpty();
    }

    @Test
    void neverResolvesALogOutsideTheLogsDirectory() {
        assertThat(small.log("..", "..", "snapshot", false)).isEmpty();
        assertThat(small.log("shop", "web-1/../../..", "snapshot", false)).isEmpty();
    }

    @Test
    void putsANamespacedObjectWithoutNamespaceInDefault(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("snapshot.yaml"), "cluster: c\ncapturedAt: 2026-11-21T10:00:00+01:00\n");
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: plain}\n");

        Snapshot snapshot = SnapshotLoader.load(dir);

        assertThat(snapshot.capturedAt()).isEqualTo(Instant.parse("2026-11-21T09:00:00Z"));
        assertThat(((ConfigMap) snapshot.objects().getFirst()).getMetadata().getNamespace())
                .isEqualTo("default");
    }

    @Test
    void namesTheFileAndDocumentOfEachBadInput() throws Exception {
        Map<String, String> expected = Map.of(
                "bad-yaml", "objects.yaml (document 2): not valid YAML/JSON",
                "bad-no-kind", "objects.yaml (document 2): object has no kind",
                "bad-no-name", "pod.json (document 1): Pod has no metadata.name",
                "bad-list-item", "list.yaml (document 1, item 1): expected an object",
                "duplicate", "b.yaml: v1 ConfigMap x/same is already defined in",
                "bad-captured-at", "snapshot.yaml: capturedAt 'yesterday' is not an RFC 3339 time",
                "bad-no-manifest", "snapshot.yaml: missing");
        for (var fixture : expected.entrySet()) {
            assertThatThrownBy(() -> SnapshotLoader.load(fixture(fixture.getKey())))
                    .as(fixture.getKey())
                    .isInstanceOf(SnapshotException.class)
                    .hasMessageContaining(fixture.getValue());
        }
    }

    @Test
    void refusesADirectoryThatDoesNotExist(@TempDir Path dir) {
        assertThatThrownBy(() -> SnapshotLoader.load(dir.resolve("nope")))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("nope does not exist");
    }

    @Test
    void refusesAManifestWithoutCluster(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("snapshot.yaml"), "capturedAt: 2026-11-21T10:00:00Z\n");

        assertThatThrownBy(() -> SnapshotLoader.load(dir))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("'cluster' is missing");
    }

    private <T extends HasMetadata> T find(Class<T> type, String name) {
        return small.objects().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(object -> object.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static String identity(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return object.getKind() + " " + (namespace == null ? "" : namespace + "/")
                + object.getMetadata().getName();
    }

    /** Bad fixtures are plain resource directories: some lack the snapshot.yaml that TestSnapshots looks for. */
    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SnapshotLoaderTest.class
                .getClassLoader()
                .getResource("snapshots/" + name)
                .toURI());
    }
}
