package dev.triage.kubernetes.snapshot;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A loaded cluster snapshot (format in ARCHITECTURE.md). */
public record Snapshot(Path root, String cluster, Instant capturedAt, List<HasMetadata> objects) {

    public Snapshot {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(capturedAt, "capturedAt");
        objects = List.copyOf(objects);
    }

    /** The log file for a container, current or previous instance, if the snapshot has it. */
    public Optional<Path> log(String namespace, String pod, String container, boolean previous) {
        return SnapshotLayout.existingLog(root, namespace, pod, container, previous);
    }
}
