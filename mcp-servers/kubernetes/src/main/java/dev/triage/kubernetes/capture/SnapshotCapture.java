package dev.triage.kubernetes.capture;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.snapshot.SnapshotLayout;
import dev.triage.kubernetes.snapshot.SnapshotManifest;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Captures namespaces of a live cluster into a snapshot directory (format in ARCHITECTURE.md): each kind listed once
 * per namespace into one {@code kind: List} file, the cluster-scoped objects, and bounded container logs. Secret
 * values never leave the cluster. What cannot be read becomes a warning (and a line of capture-errors.txt); the
 * capture goes on without it.
 */
public final class SnapshotCapture {

    static final String ERRORS_FILE = "capture-errors.txt";

    private final ClusterConnection cluster;
    private final KubernetesSerialization serialization = new KubernetesSerialization();

    public SnapshotCapture(ClusterConnection cluster) {
        this.cluster = Objects.requireNonNull(cluster, "cluster");
    }

    /** Writes the snapshot into {@code directory}, which must not exist yet or be empty. */
    public CaptureSummary capture(Path directory, CaptureOptions options) throws IOException {
        requireEmpty(directory);
        SnapshotWriter writer = new SnapshotWriter(directory, serialization);
        SnapshotManifest manifest =
                new SnapshotManifest(cluster.clusterName(), cluster.clock().instant());
        writer.writeText(SnapshotLayout.MANIFEST, manifest.toYaml());
        CaptureRun run = new CaptureRun(cluster.client(), options, writer);
        run.run();
        if (!run.warnings().isEmpty()) {
            writer.writeText(ERRORS_FILE, String.join("\n", run.warnings()) + "\n");
        }
        return new CaptureSummary(directory, writer.objectsPerKind(), writer.logs(), writer.bytes(), run.warnings());
    }

    private static void requireEmpty(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException("capture directory is not empty: " + directory);
                }
            }
        }
        Files.createDirectories(directory);
    }
}
