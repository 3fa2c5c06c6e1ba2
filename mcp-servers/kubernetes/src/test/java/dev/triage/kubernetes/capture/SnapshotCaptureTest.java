package dev.triage.kubernetes.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.snapshot.Snapshot;
import dev.triage.kubernetes.snapshot.SnapshotLoader;
import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCaptureTest {

    @RegisterExtension
    final EmbeddedClusterExtension cluster = EmbeddedClusterExtension.of("small");

    @TempDir
    Path dir;

    private CaptureSummary capture(CaptureOptions options) throws IOException {
        return new SnapshotCapture(cluster.connection()).capture(dir.resolve("captured"), options);
    }

    @Test
    void capturedSnapshotLoadsBackWithTheSameObjectsAndStatus() throws IOException {
        CaptureSummary summary = capture(CaptureOptions.allNamespaces());

        Snapshot original = cluster.cluster().snapshot();
        Snapshot captured = SnapshotLoader.load(summary.directory());
        List<String> expected = new ArrayList<>(identities(original.objects()));
        expected.remove("Widget payments/blue"); // not a kind a capture lists
        expected.add("Namespace payments"); // made by the embedded cluster
        assertThat(identities(captured.objects())).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(find(captured, Pod.class, "cart-7d9f-abcde").getStatus())
                .isEqualTo(find(original, Pod.class, "cart-7d9f-abcde").getStatus());
        assertThat(find(captured, Deployment.class, "cart").getStatus())
                .isEqualTo(find(original, Deployment.class, "cart").getStatus());
        assertThat(captured.cluster()).isEqualTo("test-cluster");
        assertThat(captured.capturedAt()).isEqualTo(Instant.parse("2026-11-21T10:00:00Z"));
        assertThat(summary.objectsPerKind()).containsEntry("Pod", 3).containsEntry("Namespace", 3);
        assertThat(summary.warnings()).isEmpty();
    }

    @Test
    void writesOneListFilePerKindAndNamespaceAndNoEmptyOnes() throws IOException {
        Path root = capture(CaptureOptions.allNamespaces()).directory();

        assertThat(root.resolve("namespaces/shop/pods.yaml"))
                .content()
                .startsWith("---\napiVersion: \"v1\"\nkind: \"List\"");
        assertThat(root.resolve("namespaces/payments/deployments.yaml")).exists();
        assertThat(root.resolve("cluster/nodes.yaml")).exists();
        assertThat(root.resolve("cluster/namespaces.yaml")).exists();
        assertThat(root.resolve("namespaces/shop/jobs.yaml")).doesNotExist();
    }

    @Test
    void capturesCurrentAndPreviousLogsOfContainersThatRan() throws IOException {
        CaptureSummary summary = capture(CaptureOptions.allNamespaces());

        Path logs = summary.directory().resolve("logs/shop");
        Path originals = cluster.cluster().snapshot().root().resolve("logs/shop");
        for (String log : List.of(
                "cart-7d9f-abcde/cart.log",
                "cart-7d9f-abcde/cart.previous.log",
                "web-1/web.log",
                "web-1/sidecar.log",
                "web-1/migrate.log")) {
            assertThat(logs.resolve(log)).hasSameBinaryContentAs(originals.resolve(log));
        }
        assertThat(logs.resolve("img-1")).doesNotExist();
        assertThat(summary.logs()).isEqualTo(5);
    }

    @Test
    void boundsEachLogByLinesAndBytes() throws IOException {
        Path byLines =
                capture(CaptureOptions.allNamespaces().withLogBounds(1, 1000)).directory();
        assertThat(byLines.resolve("logs/shop/cart-7d9f-abcde/cart.log"))
                .hasContent("2026-11-21T09:59:30Z still alive\n");

        Path byBytes = new SnapshotCapture(cluster.connection())
                .capture(dir.resolve("bytes"), CaptureOptions.allNamespaces().withLogBounds(100, 5))
                .directory();
        assertThat(byBytes.resolve("logs/shop/cart-7d9f-abcde/cart.log")).hasContent("2026-");
        assertThat(byBytes.resolve("logs/shop/cart-7d9f-abcde/cart.previous.log"))
                .hasContent("2026-");
    }

    @Test
    void skipsLogsWhenAskedTo() throws IOException {
        CaptureSummary summary = capture(CaptureOptions.allNamespaces().withoutLogs());

        assertThat(summary.directory().resolve("logs")).doesNotExist();
        assertThat(summary.logs()).isZero();
    }

    @Test
    void neverWritesASecretValue() throws IOException {
        Secret original = find(cluster.cluster().snapshot(), Secret.class, "cart-db");
        assertThat(original.getData()).containsEntry("password", "aHVudGVyMg==");

        Path root = capture(CaptureOptions.allNamespaces()).directory();

        List<String> values = List.of("aHVudGVyMg", "hunter2", "Y2FydA");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(values).as(file.toString()).noneMatch(content::contains);
            }
        }
        Secret captured = find(SnapshotLoader.load(root), Secret.class, "cart-db");
        assertThat(captured.getData()).containsOnlyKeys("password", "username").allSatisfy((k, v) -> assertThat(v)
                .isEmpty());
        assertThat(captured.getType()).isEqualTo("Opaque");
        assertThat(captured.getMetadata().getAnnotations())
                .doesNotContainKey("kubectl.kubernetes.io/last-applied-configuration");
    }

    @Test
    void stripsManagedFields() throws IOException {
        assertThat(find(cluster.cluster().snapshot(), Deployment.class, "cart")
                        .getMetadata()
                        .getManagedFields())
                .isNotEmpty();

        Snapshot captured =
                SnapshotLoader.load(capture(CaptureOptions.allNamespaces()).directory());

        assertThat(find(captured, Deployment.class, "cart").getMetadata().getManagedFields())
                .isEmpty();
    }

    @Test
    void boundsLargeConfigMapValues() throws IOException {
        String big = "x".repeat(100 * 1024);
        cluster.client()
                .configMaps()
                .inNamespace("shop")
                .resource(new ConfigMapBuilder()
                        .withNewMetadata()
                        .withName("big")
                        .endMetadata()
                        .addToData("blob", big)
                        .build())
                .create();

        Snapshot captured =
                SnapshotLoader.load(capture(CaptureOptions.allNamespaces()).directory());

        String kept = find(captured, ConfigMap.class, "big").getData().get("blob");
        int max = Redaction.MAX_CONFIG_VALUE_BYTES;
        assertThat(kept.startsWith(big.substring(0, max))).isTrue();
        assertThat(kept.substring(max)).isEqualTo("\n[truncated by triage snapshot capture: 36864 more bytes]");
        assertThat(find(captured, ConfigMap.class, "cart-config").getData()).containsEntry("LOG_LEVEL", "info");
    }

    @Test
    void recordsALogThatCannotBeFetchedAndGoesOn() throws IOException {
        cluster.client()
                .pods()
                .inNamespace("shop")
                .resource(new PodBuilder()
                        .withNewMetadata()
                        .withName("restarted")
                        .endMetadata()
                        .withNewSpec()
                        .addNewContainer()
                        .withName("app")
                        .withImage("app:1")
                        .endContainer()
                        .endSpec()
                        .withNewStatus()
                        .addNewContainerStatus()
                        .withName("app")
                        .withRestartCount(2)
                        .withNewState()
                        .withNewRunning()
                        .endRunning()
                        .endState()
                        .endContainerStatus()
                        .endStatus()
                        .build())
                .create();

        CaptureSummary summary = capture(CaptureOptions.allNamespaces());

        String warning = "log shop/restarted/app (previous): ";
        assertThat(summary.warnings())
                .singleElement()
                .asString()
                .startsWith(warning)
                .contains("not found");
        assertThat(summary.directory().resolve(SnapshotCapture.ERRORS_FILE))
                .content()
                .startsWith(warning);
        assertThat(summary.directory().resolve("logs/shop/restarted/app.log")).isEmptyFile();
        assertThat(summary.logs()).isEqualTo(6);
        assertThat(summary.objectsPerKind()).containsEntry("Pod", 4);
    }

    @Test
    void capturesOnlyTheNamespacesAskedFor() throws IOException {
        CaptureSummary summary = capture(CaptureOptions.namespaces("shop", "nope"));

        Snapshot captured = SnapshotLoader.load(summary.directory());
        assertThat(captured.objects())
                .extracting(o -> o.getMetadata().getNamespace())
                .doesNotContain("payments", "default");
        assertThat(summary.directory().resolve("namespaces/payments")).doesNotExist();
        assertThat(summary.objectsPerKind()).containsEntry("Namespace", 1);
        assertThat(summary.warnings()).containsExactly("namespace nope: not found");
    }

    @Test
    void refusesADirectoryThatIsNotEmpty() throws IOException {
        Files.writeString(dir.resolve("keep.txt"), "mine");

        assertThatThrownBy(() -> new SnapshotCapture(cluster.connection()).capture(dir, CaptureOptions.allNamespaces()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not empty");
        assertThat(dir.resolve("keep.txt")).hasContent("mine");
    }

    private static List<String> identities(List<HasMetadata> objects) {
        return objects.stream()
                .map(o -> o.getKind() + " "
                        + (o.getMetadata().getNamespace() == null
                                ? ""
                                : o.getMetadata().getNamespace() + "/")
                        + o.getMetadata().getName())
                .toList();
    }

    private static <T extends HasMetadata> T find(Snapshot snapshot, Class<T> type, String name) {
        return snapshot.objects().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .filter(o -> o.getMetadata().getName().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
