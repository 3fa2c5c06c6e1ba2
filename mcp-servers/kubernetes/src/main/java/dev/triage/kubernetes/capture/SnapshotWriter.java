package dev.triage.kubernetes.capture;

import dev.triage.kubernetes.snapshot.SnapshotLayout;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesListBuilder;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes the files of a snapshot directory and counts what it wrote. */
final class SnapshotWriter {

    private final Path root;
    private final KubernetesSerialization serialization;
    private final Map<String, Integer> objectsPerKind = new TreeMap<>();
    private long bytes;
    private int logs;

    SnapshotWriter(Path root, KubernetesSerialization serialization) {
        this.root = root;
        this.serialization = serialization;
    }

    /** One {@code kind: List} file; nothing when there are no objects. */
    void writeList(Path relative, List<? extends HasMetadata> objects) throws IOException {
        if (objects.isEmpty()) {
            return;
        }
        objects.forEach(Redaction::clean);
        String yaml = serialization.asYaml(
                new KubernetesListBuilder().withItems(List.copyOf(objects)).build());
        write(root.resolve(relative), yaml.getBytes(StandardCharsets.UTF_8));
        objects.forEach(object -> objectsPerKind.merge(object.getKind(), 1, Integer::sum));
    }

    void writeLog(String namespace, String pod, String container, boolean previous, byte[] log) throws IOException {
        write(SnapshotLayout.logFile(root, namespace, pod, container, previous), log);
        logs++;
    }

    void writeText(String name, String text) throws IOException {
        write(root.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        bytes += content.length;
    }

    Map<String, Integer> objectsPerKind() {
        return objectsPerKind;
    }

    long bytes() {
        return bytes;
    }

    int logs() {
        return logs;
    }
}
