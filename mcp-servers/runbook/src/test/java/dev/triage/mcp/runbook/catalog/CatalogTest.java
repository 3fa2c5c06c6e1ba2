package dev.triage.mcp.runbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.runbook.library.LibraryFiles;
import dev.triage.mcp.runbook.library.RunbookLibrary;
import dev.triage.model.Category;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalog shipped in the jar (the repository's runbooks/ directory). */
class CatalogTest {

    private final RunbookCatalog catalog =
            RunbookLibrary.load(LibraryFiles.fromClasspath()).catalog();

    @Test
    void theShippedCatalogHoldsEveryRequiredRunbook() {
        assertThat(catalog.ids()).containsAll(RunbookCatalog.REQUIRED_IDS).contains("restart-statefulset");
    }

    @Test
    void everyRunbookChangesSomethingAndSaysHowToVerifyAndRollBack() {
        assertThat(catalog.runbooks()).allSatisfy(runbook -> {
            assertThat(runbook.mutating()).as(runbook.id()).isTrue();
            assertThat(runbook.verification()).as(runbook.id()).isNotBlank();
            assertThat(runbook.rollback()).as(runbook.id()).isNotBlank();
        });
    }

    @Test
    void anOomKillIsAddressedByRaisingTheMemoryLimitAndANotReadyNodeByCordoning() {
        assertThat(catalog.addressing(Category.OOM_KILLED))
                .extracting(Runbook::id)
                .containsExactly("raise-memory-limit");
        assertThat(catalog.addressing(Category.NODE_NOT_READY))
                .extracting(Runbook::id)
                .contains("cordon-node");
    }

    @Test
    void theMemoryLimitRunbookDerivesItsDefaultFromTheCurrentLimit() {
        Runbook runbook = catalog.find("raise-memory-limit").orElseThrow();

        assertThat(runbook.parameter("memory_limit").orElseThrow().type()).isEqualTo(ParameterType.QUANTITY);
        assertThat(runbook.steps().getFirst().arguments())
                .containsEntry("limit", "${memory_limit}")
                .containsEntry("growth", "1.5")
                .containsEntry("round-to", "64Mi");
    }

    @Test
    void guidesAreMatchedByAlertNameAndLeadToCatalogRunbooks() {
        assertThat(catalog.guides())
                .filteredOn(guide -> guide.matchesAlert("KubePodCrashLooping", Map.of()))
                .singleElement()
                .satisfies(guide -> {
                    assertThat(guide.categories()).contains(Category.CRASH_LOOP);
                    assertThat(guide.runbooks()).contains("rollback-deployment");
                    assertThat(guide.body()).contains("previous");
                });
        assertThat(catalog.guides().stream().flatMap(g -> g.alerts().stream()))
                .contains(
                        "KubePodNotReady",
                        "KubeDeploymentReplicasMismatch",
                        "KubeJobFailed",
                        "KubePersistentVolumeFillingUp",
                        "KubeNodeNotReady",
                        "CPUThrottlingHigh",
                        "KubeContainerOOMKilled");
    }
}
