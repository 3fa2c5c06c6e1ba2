package dev.triage.bench.synthetic;

import dev.triage.kubernetes.snapshot.Snapshot;
import dev.triage.kubernetes.snapshot.SnapshotLayout;
import dev.triage.kubernetes.snapshot.SnapshotManifest;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesListBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A generated cluster of a given size to benchmark the diagnosis at: Deployments of ten replicas (with their
 * ReplicaSet, pods, Service, Endpoints and events) spread over namespaces of fifty Deployments, one Deployment in
 * twenty failing (crash loop, OOM, image pull, missing ConfigMap, unschedulable, failing readiness, in turn), and a
 * node per thirty pods. The same size always gives the same cluster.
 */
public final class SyntheticCluster {

    /** The capture time of every synthetic cluster: what "now" is when diagnosing it. */
    public static final Instant CAPTURED_AT = Instant.parse("2026-11-21T09:42:00Z");

    static final int REPLICAS = 10;
    private static final int DEPLOYMENTS_PER_NAMESPACE = 50;
    private static final int FAILING_EVERY = 20;
    private static final int PODS_PER_NODE = 30;

    private final List<HasMetadata> objects;
    private final List<SyntheticLog> logs;
    private final Set<String> expectedFindings;

    private SyntheticCluster(List<HasMetadata> objects, List<SyntheticLog> logs, Set<String> expectedFindings) {
        this.objects = List.copyOf(objects);
        this.logs = List.copyOf(logs);
        this.expectedFindings = Set.copyOf(expectedFindings);
    }

    /** A cluster of about {@code pods} pods (rounded up to whole Deployments of ten). */
    public static SyntheticCluster generate(int pods) {
        int deployments = Math.max(1, (pods + REPLICAS - 1) / REPLICAS);
        List<Node> nodes = SyntheticNodes.of(Math.max(3, deployments * REPLICAS / PODS_PER_NODE));
        List<HasMetadata> objects = new ArrayList<>(nodes);
        List<SyntheticLog> logs = new ArrayList<>();
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < deployments; i++) {
            SyntheticFailure failure = failureOf(i);
            SyntheticNames names = new SyntheticNames(
                    "team-%02d".formatted(i / DEPLOYMENTS_PER_NAMESPACE), "svc-%04d".formatted(i), i);
            SyntheticWorkload workload = new SyntheticWorkload(names, failure, nodes);
            objects.addAll(workload.objects());
            logs.addAll(workload.logs());
            if (failure != null) {
                expected.add(Finding.idFor(
                        failure.category, new ResourceRef("Deployment", names.namespace(), names.name())));
            }
        }
        return new SyntheticCluster(objects, logs, expected);
    }

    /** One Deployment in twenty fails, each in the next way; null for a healthy one. */
    private static SyntheticFailure failureOf(int deployment) {
        SyntheticFailure[] failures = SyntheticFailure.values();
        return deployment % FAILING_EVERY == FAILING_EVERY - 1
                ? failures[(deployment / FAILING_EVERY) % failures.length]
                : null;
    }

    /** Every object, with its status, as a snapshot holds them. */
    public List<HasMetadata> objects() {
        return objects;
    }

    /** The ids of the findings a correct diagnosis of this cluster gives: one per failing Deployment. */
    public Set<String> expectedFindings() {
        return expectedFindings;
    }

    public int podCount() {
        return (int) objects.stream().filter(o -> "Pod".equals(o.getKind())).count();
    }

    /**
     * Writes the cluster as a snapshot directory ({@code snapshot.yaml}, the objects as one JSON List, the crashed
     * containers' logs) that {@code SnapshotLoader} reads back, e.g. for a server started on {@code --triage.snapshot}.
     */
    public void writeTo(Path dir) {
        write(dir.resolve(SnapshotLayout.MANIFEST), new SnapshotManifest(name(), CAPTURED_AT).toYaml());
        write(
                dir.resolve("objects.json"),
                new KubernetesSerialization()
                        .asJson(new KubernetesListBuilder().withItems(objects).build()));
        writeLogs(dir);
    }

    /** The snapshot in memory, without serializing the objects; only the logs are written, under {@code root}. */
    public Snapshot snapshot(Path root) {
        writeLogs(root);
        return new Snapshot(root, name(), CAPTURED_AT, objects);
    }

    private String name() {
        return "synthetic-" + podCount();
    }

    private void writeLogs(Path root) {
        logs.forEach(log ->
                write(SnapshotLayout.logFile(root, log.namespace(), log.pod(), log.container(), true), log.content()));
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
