package dev.triage.kubernetes.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster of realistic size loads whole: every pod listed, found by name, and its log served. */
class ManyPodsTest {

    private static final int PODS = 10_000;

    @Test
    void servesTenThousandPods(@TempDir Path dir) throws IOException {
        writeSnapshot(dir);

        try (EmbeddedCluster cluster = EmbeddedCluster.start(SnapshotLoader.load(dir))) {
            KubernetesClient client = cluster.client();

            assertThat(client.pods().inNamespace("load").list().getItems()).hasSize(PODS);
            assertThat(client.pods()
                            .inNamespace("load")
                            .withName("pod-9999")
                            .get()
                            .getStatus()
                            .getPhase())
                    .isEqualTo("Running");
            assertThat(client.pods().inNamespace("load").withName("pod-4242").getLog())
                    .isEqualTo("hello from pod-4242\n");
        }
    }

    private static void writeSnapshot(Path dir) throws IOException {
        Files.writeString(dir.resolve("snapshot.yaml"), "cluster: load\ncapturedAt: 2026-11-21T10:00:00Z\n");
        try (Writer out = Files.newBufferedWriter(dir.resolve("pods.yaml"))) {
            out.write("apiVersion: v1\nkind: PodList\nitems:\n");
            for (int i = 0; i < PODS; i++) {
                out.write("""
                          - metadata: {name: pod-%d, namespace: load, labels: {app: a%d}}
                            spec: {containers: [{name: app, image: "app:1"}]}
                            status: {phase: Running, containerStatuses: [{name: app, ready: true, restartCount: 0, \
                        image: "app:1", imageID: "", state: {running: {}}}]}
                        """.formatted(i, i % 50));
            }
        }
        Path log = SnapshotLayout.logFile(dir, "load", "pod-4242", "app", false);
        Files.createDirectories(log.getParent());
        Files.writeString(log, "hello from pod-4242\n");
    }
}
