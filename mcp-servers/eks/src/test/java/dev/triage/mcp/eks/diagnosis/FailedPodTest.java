package dev.triage.mcp.eks.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FailedPodTest {

    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-21T09:42:00Z"), ZoneOffset.UTC);

    @Test
    void aBarePodThatFailedForGoodIsAnApplicationErrorQuotingItsLog() {
        LogSource logs = (namespace, pod, container, previous) ->
                Optional.of("loading data\nERROR: input file /data/in.csv not found\n");

        List<Finding> findings = Analyzers.run(ClusterState.of("ops", List.of(failed("reindex", null))), NOW, logs);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.id()).isEqualTo("application_error/Pod/ops/reindex");
            assertThat(f.category()).isEqualTo(Category.APPLICATION_ERROR);
            assertThat(f.owner()).isNull();
            assertThat(f.summary()).startsWith("Container main failed with exit code 3 (Error): ERROR: input file");
            assertThat(f.evidence()).extracting(Evidence::quote).contains("Failed", "3");
        });
    }

    @Test
    void aJobsFailedPodIsLeftToTheJobAnalyzer() {
        List<Finding> findings = Analyzers.run(
                ClusterState.of("ops", List.of(failed("reindex-29920860-abcde", "reindex-29920860"))),
                NOW,
                (namespace, pod, container, previous) -> Optional.empty());

        assertThat(findings).isEmpty();
    }

    private static Pod failed(String name, String job) {
        PodBuilder pod = new PodBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace("ops")
                .endMetadata();
        if (job != null) {
            pod.editMetadata()
                    .addNewOwnerReference()
                    .withKind("Job")
                    .withName(job)
                    .withController(true)
                    .endOwnerReference()
                    .endMetadata();
        }
        return pod.withNewSpec()
                .addNewContainer()
                .withName("main")
                .withImage("busybox")
                .endContainer()
                .endSpec()
                .withNewStatus()
                .withPhase("Failed")
                .addNewContainerStatus()
                .withName("main")
                .withRestartCount(0)
                .withNewState()
                .withNewTerminated()
                .withExitCode(3)
                .withReason("Error")
                .endTerminated()
                .endState()
                .endContainerStatus()
                .endStatus()
                .build();
    }
}
