package dev.triage.bench.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.snapshot.EmbeddedCluster;
import dev.triage.kubernetes.snapshot.Snapshot;
import dev.triage.kubernetes.snapshot.SnapshotLoader;
import dev.triage.mcp.eks.diagnosis.Diagnoser;
import dev.triage.mcp.eks.diagnosis.Diagnosis;
import dev.triage.model.Finding;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated cluster is what it claims: the diagnosis finds exactly its planted failures. */
class SyntheticClusterTest {

    @Test
    void eachFailingDeploymentOfAWrittenClusterIsExactlyOneFindingAndEachKindIsListedOnce(@TempDir Path dir) {
        SyntheticCluster cluster = SyntheticCluster.generate(1200);
        cluster.writeTo(dir);
        Snapshot snapshot = SnapshotLoader.load(dir);

        try (EmbeddedCluster embedded = EmbeddedCluster.start(snapshot)) {
            Diagnosis diagnosis = new Diagnoser(embedded.client(), embedded.clock()).diagnose(null);

            assertThat(snapshot.capturedAt()).isEqualTo(SyntheticCluster.CAPTURED_AT);
            assertThat(diagnosis.findings().stream().map(Finding::id))
                    .containsExactlyInAnyOrderElementsOf(cluster.expectedFindings());
            assertThat(cluster.expectedFindings()).hasSize(6);
            // 16 lists, then one log read for each crash-looping, OOM-killed or probe-failing Deployment.
            assertThat(diagnosis.apiCalls()).isEqualTo(17 + 3);
            assertThat(diagnosis.objectsExamined()).isEqualTo(cluster.objects().size());
            assertThat(diagnosis.findings().toString()).contains("FATAL: environment variable DATABASE_URL is not set");
        }
    }

    @Test
    void theInMemorySnapshotHoldsTheSameObjectsAndTheCrashedContainersLog(@TempDir Path root) {
        SyntheticCluster cluster = SyntheticCluster.generate(400);

        Snapshot snapshot = cluster.snapshot(root);

        assertThat(snapshot.objects()).isEqualTo(cluster.objects());
        String crashed = cluster.objects().stream()
                .filter(o ->
                        "Pod".equals(o.getKind()) && o.getMetadata().getName().startsWith("svc-0019-"))
                .findFirst()
                .orElseThrow()
                .getMetadata()
                .getName();
        assertThat(snapshot.log("team-00", crashed, "app", true)).isPresent();
    }

    @Test
    void theClusterHasTheAskedNumberOfUniquelyNamedPodsAndIsTheSameEveryTime() {
        SyntheticCluster cluster = SyntheticCluster.generate(1000);

        assertThat(cluster.podCount()).isEqualTo(1000);
        assertThat(cluster.objects().stream()
                        .map(o -> o.getKind() + "/" + o.getMetadata().getNamespace() + "/"
                                + o.getMetadata().getName()))
                .doesNotHaveDuplicates();
        assertThat(SyntheticCluster.generate(1000).objects()).isEqualTo(cluster.objects());
        assertThat(cluster.objects())
                .extracting(HasMetadata::getKind)
                .contains("Node", "Deployment", "ReplicaSet", "Pod", "Service", "Endpoints", "Event");
    }
}
