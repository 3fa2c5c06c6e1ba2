package dev.triage.kubernetes.capture;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** One capture: lists each kind once, writes it, fetches logs, and collects what failed as warnings. */
final class CaptureRun {

    private final KubernetesClient client;
    private final CaptureOptions options;
    private final SnapshotWriter writer;
    private final List<String> warnings = new ArrayList<>();

    CaptureRun(KubernetesClient client, CaptureOptions options, SnapshotWriter writer) {
        this.client = client;
        this.options = options;
        this.writer = writer;
    }

    void run() throws IOException {
        List<String> namespaces = namespaces();
        Map<String, Supplier<List<? extends HasMetadata>>> clusterKinds = Map.of(
                "nodes", () -> client.nodes().list().getItems(),
                "persistentvolumes", () -> client.persistentVolumes().list().getItems(),
                "storageclasses",
                        () -> client.storage().v1().storageClasses().list().getItems());
        for (var kind : clusterKinds.entrySet()) {
            writer.writeList(Path.of("cluster", kind.getKey() + ".yaml"), list(kind.getKey(), kind.getValue()));
        }
        for (String namespace : namespaces) {
            captureNamespace(namespace);
        }
    }

    List<String> warnings() {
        return warnings;
    }

    private void captureNamespace(String namespace) throws IOException {
        Path dir = Path.of("namespaces", namespace);
        for (CapturedKind kind : CapturedKind.values()) {
            List<? extends HasMetadata> objects =
                    list(kind.file() + " in " + namespace, () -> kind.list(client, namespace));
            writer.writeList(dir.resolve(kind.file() + ".yaml"), objects);
            if (kind == CapturedKind.PODS && options.includeLogs()) {
                List<Pod> pods = objects.stream().map(Pod.class::cast).toList();
                new LogCapture(client, options, writer, warnings).capture(pods);
            }
        }
    }

    /** Writes the Namespace objects and returns the namespaces to capture. */
    private List<String> namespaces() throws IOException {
        List<Namespace> found = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (options.namespaces().isEmpty()) {
            list("namespaces", () -> client.namespaces().list().getItems()).forEach(ns -> found.add((Namespace) ns));
            found.forEach(ns -> names.add(ns.getMetadata().getName()));
        }
        for (String name : options.namespaces()) {
            if (namespace(name, found)) {
                names.add(name);
            }
        }
        writer.writeList(Path.of("cluster", "namespaces.yaml"), found);
        return names;
    }

    /** A user allowed into a namespace may still be refused its Namespace object: its objects are captured anyway. */
    private boolean namespace(String name, List<Namespace> found) {
        try {
            Namespace namespace = client.namespaces().withName(name).get();
            if (namespace == null) {
                warnings.add("namespace " + name + ": not found");
                return false;
            }
            found.add(namespace);
        } catch (KubernetesClientException e) {
            warnings.add("get namespace " + name + ": " + e.getMessage());
        }
        return true;
    }

    private List<? extends HasMetadata> list(String what, Supplier<List<? extends HasMetadata>> lister) {
        try {
            return lister.get();
        } catch (KubernetesClientException e) {
            warnings.add("list " + what + ": " + e.getMessage());
            return List.of();
        }
    }
}
