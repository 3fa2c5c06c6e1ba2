package dev.triage.kubernetes.snapshot;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads a snapshot directory (format in ARCHITECTURE.md) into objects with their status. */
public final class SnapshotLoader {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private SnapshotLoader() {}

    public static Snapshot load(Path dir) {
        Path root = root(dir);
        return load(root, SnapshotManifest.read(root));
    }

    /** {@code dir} as an absolute, normalised snapshot root; refused when it is no directory. */
    static Path root(Path dir) {
        if (dir == null || !Files.isDirectory(dir)) {
            throw new SnapshotException("snapshot directory " + dir + " does not exist or is not a directory");
        }
        return dir.toAbsolutePath().normalize();
    }

    /** The objects of the snapshot in {@code root}, whose manifest has been read. */
    static Snapshot load(Path root, SnapshotManifest manifest) {
        return snapshot(root, manifest, read(root, SERIALIZATION));
    }

    /** The objects of the snapshot in {@code root}, each with the tree it was read from. */
    static List<ParsedObject> read(Path root, KubernetesSerialization serialization) {
        List<ParsedObject> objects = new ArrayList<>();
        Map<String, Path> seen = new HashMap<>();
        for (Path file : objectFiles(root)) {
            for (ParsedObject parsed : ObjectFile.read(file, serialization)) {
                String identity = identity(parsed.object());
                Path earlier = seen.putIfAbsent(identity, file);
                if (earlier != null) {
                    throw new SnapshotException(file + ": " + identity + " is already defined in " + earlier);
                }
                objects.add(parsed);
            }
        }
        return objects;
    }

    static Snapshot snapshot(Path root, SnapshotManifest manifest, List<ParsedObject> objects) {
        return new Snapshot(
                root,
                manifest.cluster(),
                manifest.capturedAt(),
                objects.stream().map(ParsedObject::object).toList());
    }

    private static List<Path> objectFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> isObjectFile(root, file))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new SnapshotException("cannot list snapshot directory " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean isObjectFile(Path root, Path file) {
        Path relative = root.relativize(file);
        String first = relative.getName(0).toString();
        String name = file.getFileName().toString();
        boolean objectExtension = name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
        return objectExtension
                && !relative.toString().equals(SnapshotLayout.MANIFEST)
                && !first.equals(SnapshotLayout.LOGS)
                && !first.equals(SnapshotLayout.METRICS);
    }

    private static String identity(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return object.getApiVersion() + " " + object.getKind() + " " + (namespace == null ? "" : namespace + "/")
                + object.getMetadata().getName();
    }
}
