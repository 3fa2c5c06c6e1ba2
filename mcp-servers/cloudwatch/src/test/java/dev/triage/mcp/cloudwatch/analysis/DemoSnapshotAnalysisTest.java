package dev.triage.mcp.cloudwatch.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.mcp.cloudwatch.snapshot.SnapshotMetricSource;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled demo's series plant two metric stories: {@code shop/cart}'s memory climbing to its limit before the
 * OOM kills, and {@code shop/search}'s CPU pinned at its 500m limit from 09:30. Nothing else is flagged.
 */
class DemoSnapshotAnalysisTest {

    private static SnapshotMetricSource demo;
    private static Instant now;

    @BeforeAll
    static void load() {
        demo = SnapshotMetricSource.load(BundledSnapshots.demo());
        now = demo.capturedAt();
    }

    @Test
    void theWholeClusterHasExactlyTheTwoPlantedFindings() {
        assertThat(analyze(new Scope(null, null, null)).findings())
                .extracting(Finding::id)
                .containsExactlyInAnyOrder(
                        "resource_saturation/Deployment/shop/cart", "resource_saturation/Deployment/shop/search");
    }

    @Test
    void searchIsCpuPinnedFromNineThirtyWithTheFigures() {
        WorkloadAnalysis analysis = analyze(Scope.workload("shop", "search"));
        Finding search = analysis.findings().getFirst();

        assertThat(search.summary()).contains("CPU pinned at its limit since 09:30");
        assertThat(search.evidence())
                .extracting(Evidence::quote)
                .anyMatch(q -> q.matches(
                        "pod_cpu_utilization_over_pod_limit search: 3\\d% before 09:30 → 9\\d% from 09:30 .*"))
                .anyMatch(q -> q.startsWith("pod_network_rx_bytes search: network in"));
    }

    @Test
    void cartsMemoryClimbedToItsLimitBeforeTheFirstOomKill() {
        WorkloadAnalysis analysis = analyze(Scope.workload("shop", "cart"));
        Finding cart = analysis.findings().getFirst();

        assertThat(analysis.oomLeadUps()).containsExactly("resource_saturation/Deployment/shop/cart");
        assertThat(cart.evidence())
                .extracting(Evidence::quote)
                .anyMatch(q ->
                        q.matches("pod_memory_utilization_over_pod_limit cart: 5\\d% 08:4\\d → .* → 9\\d% 09:0\\d, "
                                + "then a restart at 09:05"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"payments", "kube-system", "data"})
    void otherNamespacesHaveNoMetricFindings(String namespace) {
        assertThat(analyze(Scope.namespace(namespace)).findings()).isEmpty();
    }

    private static WorkloadAnalysis analyze(Scope scope) {
        return new WorkloadAnalyzer(demo, "demo-eks").analyze(scope, now.minus(Duration.ofHours(1)), now);
    }
}
