package dev.triage.kubernetes.snapshot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where things live in a snapshot directory (the format is in ARCHITECTURE.md). */
public final class SnapshotLayout {

    public static final String MANIFEST = "snapshot.yaml";
    public static final String LOGS = "logs";
    public static final String METRICS = "metrics";

    private SnapshotLayout() {}

    /** {@code logs/<namespace>/<pod>/<container>.log}, or {@code .previous.log} for the previous instance. */
    public static Path logFile(Path root, String namespace, String pod, String container, boolean previous) {
        Path logs = root.resolve(LOGS).normalize();
        Path file = logs.resolve(namespace)
                .resolve(pod)
                .resolve(container + (previous ? ".previous.log" : ".log"))
                .normalize();
        if (!file.startsWith(logs) || file.getNameCount() != logs.getNameCount() + 3) {
            throw new IllegalArgumentException("not a plain log name: " + namespace + "/" + pod + "/" + container);
        }
        return file;
    }

    /** The log file for a container, current or previous instance, if the snapshot in {@code root} has it. */
    public static Optional<Path> existingLog(
            Path root, String namespace, String pod, String container, boolean previous) {
        Path file;
        try {
            file = logFile(root, namespace, pod, container, previous);
        } catch (IllegalArgumentException notAPlainName) {
            return Optional.empty();
        }
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
