package dev.triage.mcp.cloudwatch.analysis;

import static dev.triage.mcp.cloudwatch.snapshot.SnapshotFixture.CLUSTER;
import static dev.triage.mcp.cloudwatch.snapshot.SnapshotFixture.NOW;
import static dev.triage.mcp.cloudwatch.snapshot.SnapshotFixture.concat;
import static dev.triage.mcp.cloudwatch.snapshot.SnapshotFixture.flat;
import static dev.triage.mcp.cloudwatch.snapshot.SnapshotFixture.ramp;
import static dev.triage.mcp.cloudwatch.snapshot.SnapshotFixture.workload;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.mcp.cloudwatch.metrics.MetricDescriptor;
import dev.triage.mcp.cloudwatch.metrics.MetricQuery;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries;
import dev.triage.mcp.cloudwatch.metrics.MetricSource;
import dev.triage.mcp.cloudwatch.snapshot.SnapshotFixture;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.Severity;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules on series written for each case; the window is the hour before {@code NOW} (10:00). */
class WorkloadAnalyzerTest {

    private static final String CPU = "pod_cpu_utilization_over_pod_limit";
    private static final String MEMORY = "pod_memory_utilization_over_pod_limit";
    private static final String RESTARTS = "pod_number_of_container_restarts";
    private static final String RX = "pod_network_rx_bytes";
    private static final Instant HOUR_AGO = NOW.minus(Duration.ofHours(1));

    @TempDir
    Path dir;

    @Test
    void cpuPinnedAtItsLimitIsSaturationQuotingTheFiguresAndWhenItStarted() {
        WorkloadAnalysis analysis = analyze(new SnapshotFixture()
                .series(CPU, workload("shop", "search"), concat(flat(45, 35, 4), flat(15, 97, 2)))
                .series(MEMORY, workload("shop", "search"), flat(60, 45, 2)));

        Finding finding = only(analysis);
        assertThat(finding.id()).isEqualTo("resource_saturation/Deployment/shop/search");
        assertThat(finding.severity()).isEqualTo(Severity.HIGH);
        assertThat(finding.summary()).contains("CPU pinned at its limit since 09:45");
        assertThat(quotes(finding))
                .anyMatch(
                        q -> q.matches(
                                "pod_cpu_utilization_over_pod_limit search: 3\\d% before 09:45 → 9\\d% from 09:45 \\(p90 9\\d%, 15 min .*"));
        assertThat(finding.evidence()).allMatch(e -> e.source() == Evidence.Source.METRIC);
        assertThat(finding.evidence().getFirst().ref())
                .contains("PodName=search")
                .contains("Average per minute");
    }

    @Test
    void cpuAtTheLimitForLessThanTenMinutesIsAStepUpNotPinned() {
        Finding finding = only(analyze(new SnapshotFixture()
                .series(CPU, workload("shop", "search"), concat(flat(51, 35, 4), flat(9, 97, 2)))));

        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.summary()).doesNotContain("pinned").contains("CPU stepped up to 9");
    }

    @Test
    void memoryClimbingToItsLimitThenARestartIsAnOomKillsLeadUp() {
        double[] restarts = concat(flat(41, 0, 0), flat(19, 1, 0));
        WorkloadAnalysis analysis = analyze(new SnapshotFixture()
                .series(MEMORY, workload("shop", "cart"), concat(flat(20, 56, 0), ramp(21, 55, 98), flat(19, 60, 1)))
                .series(RESTARTS, workload("shop", "cart"), restarts));

        Finding finding = only(analysis);
        assertThat(finding.id()).isEqualTo("resource_saturation/Deployment/shop/cart");
        assertThat(finding.causedBy()).isNull();
        assertThat(finding.summary()).contains("OOM kill's lead-up");
        assertThat(quotes(finding))
                .contains("pod_memory_utilization_over_pod_limit cart: 55% 09:20 → 72% 09:28 → 92% 09:37, then a "
                        + "restart at 09:41");
        assertThat(analysis.oomLeadUps()).containsExactly(finding.id());
    }

    @Test
    void memoryReachingItsLimitWithoutARestartIsAMediumWarningAndNoLeadUp() {
        WorkloadAnalysis analysis = analyze(new SnapshotFixture()
                .series(MEMORY, workload("shop", "cart"), concat(flat(40, 55, 1), ramp(20, 55, 95))));

        assertThat(only(analysis).severity()).isEqualTo(Severity.MEDIUM);
        assertThat(analysis.oomLeadUps()).isEmpty();
    }

    @Test
    void restartsRisingWithoutMemoryPressureAreACrashLoop() {
        double[] restarts = concat(flat(20, 2, 0), flat(20, 4, 0), flat(20, 7, 0));
        WorkloadAnalysis analysis = analyze(new SnapshotFixture()
                .series(RESTARTS, workload("shop", "orders"), restarts)
                .series(MEMORY, workload("shop", "orders"), flat(60, 30, 2)));

        Finding finding = only(analysis);
        assertThat(finding.id()).isEqualTo("crash_loop/Deployment/shop/orders");
        assertThat(quotes(finding))
                .containsExactly(
                        "pod_number_of_container_restarts orders: 2 09:00 → 7 09:59 (5 restarts, the last at 09:40)");
    }

    @Test
    void aLevelShiftReportsTheMeansBeforeAndAfterAndTheMinuteItStarted() {
        Finding finding = only(analyze(new SnapshotFixture()
                .series(CPU, workload("shop", "orders"), concat(flat(30, 20, 3), flat(30, 65, 3)))));

        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.summary()).isEqualTo("orders: CPU stepped up to 65% of its limit at 09:30 (20% before)");
        assertThat(quotes(finding))
                .containsExactly("pod_cpu_utilization_over_pod_limit orders: CPU 20% → 65% from 09:30");
    }

    @Test
    void trafficStepsAreQuotedBesideAFindingButAreNoFindingAlone() {
        Map<String, String> search = workload("shop", "search");
        Map<String, String> web = workload("shop", "web");
        WorkloadAnalysis analysis = analyze(new SnapshotFixture()
                .series(CPU, search, concat(flat(45, 35, 4), flat(15, 97, 2)))
                .series(RX, search, concat(flat(45, 400_000, 20_000), flat(15, 900_000, 20_000)))
                .series(CPU, web, flat(60, 25, 4))
                .series(RX, web, concat(flat(30, 100_000, 5_000), flat(30, 300_000, 5_000))));

        assertThat(quotes(only(analysis)))
                .contains("pod_network_rx_bytes search: network in 400 kB/s → 900 kB/s from 09:45");
    }

    @Test
    void aNodePinnedAtCapacityIsSaturationOfTheNode() {
        WorkloadAnalysis analysis = analyze(new SnapshotFixture()
                .series(CPU, workload("shop", "web"), flat(60, 25, 4))
                .series(
                        "node_cpu_utilization",
                        SnapshotFixture.node("ip-10-0-1-23"),
                        concat(flat(40, 50, 3), flat(20, 95, 2))));

        Finding finding = only(analysis);
        assertThat(finding.id()).isEqualTo("resource_saturation/Node/ip-10-0-1-23");
        assertThat(finding.owner()).isNull();
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
    }

    @Test
    void healthySeriesProduceNoFindingsButTheirFigures() {
        Map<String, String> web = workload("shop", "web");
        WorkloadAnalysis analysis = analyze(new SnapshotFixture()
                .series(CPU, web, flat(60, 25, 5))
                .series(MEMORY, web, flat(60, 48, 2))
                .series(RESTARTS, web, flat(60, 1, 0))
                .series(RX, web, flat(60, 150_000, 15_000))
                .series("node_memory_utilization", SnapshotFixture.node("n1"), flat(60, 60, 2)));

        assertThat(analysis.findings()).isEmpty();
        assertThat(analysis.series()).hasSize(5);
        SeriesFigures cpu = analysis.series().stream()
                .filter(s -> s.metric().equals(CPU))
                .findFirst()
                .orElseThrow();
        assertThat(cpu.points()).isEqualTo(60);
        assertThat(cpu.lastAt()).isEqualTo("09:59");
        assertThat(cpu.max()).isLessThanOrEqualTo(30);
    }

    @Test
    void aPodScopeReadsThatPodsSeriesAndNamesThePodOnItsWorkloadsFinding() {
        WorkloadAnalysis analysis = new WorkloadAnalyzer(
                        new SnapshotFixture()
                                .series(CPU, workload("shop", "search"), flat(60, 40, 2))
                                .series(
                                        CPU,
                                        SnapshotFixture.pod("shop", "search", "search-1"),
                                        concat(flat(40, 30, 2), flat(20, 98, 1)))
                                .series(CPU, SnapshotFixture.pod("shop", "search", "search-2"), flat(60, 30, 2))
                                .write(dir),
                        CLUSTER)
                .analyze(new Scope("shop", null, "search-1"), HOUR_AGO, NOW);

        Finding finding = only(analysis);
        assertThat(finding.id()).isEqualTo("resource_saturation/Deployment/shop/search");
        assertThat(finding.pods()).containsExactly("search-1");
        assertThat(analysis.series()).extracting(SeriesFigures::target).containsExactly("search-1");
    }

    @Test
    void aWorkloadScopeLeavesOtherWorkloadsAndTheNodesOut() {
        WorkloadAnalysis analysis = new WorkloadAnalyzer(
                        new SnapshotFixture()
                                .series(CPU, workload("shop", "search"), flat(60, 40, 2))
                                .series(CPU, workload("shop", "web"), flat(60, 97, 1))
                                .series("node_cpu_utilization", SnapshotFixture.node("n1"), flat(60, 97, 1))
                                .write(dir),
                        CLUSTER)
                .analyze(Scope.workload("shop", "search"), HOUR_AGO, NOW);

        assertThat(analysis.findings()).isEmpty();
        assertThat(analysis.series()).extracting(SeriesFigures::target).containsExactly("search");
    }

    @Test
    void everySeriesOfTheScopeIsReadInOneGetMetricDataCall() {
        Map<String, String> web = workload("shop", "web");
        Counting counting = new Counting(new SnapshotFixture()
                .series(CPU, web, flat(60, 25, 5))
                .series(MEMORY, web, flat(60, 48, 2))
                .series(CPU, workload("shop", "cart"), flat(60, 25, 5))
                .series("node_cpu_utilization", SnapshotFixture.node("n1"), flat(60, 60, 2))
                .write(dir));

        new WorkloadAnalyzer(counting, CLUSTER).analyze(Scope.namespace("shop"), HOUR_AGO, NOW);

        assertThat(counting.calls).hasSize(1);
        assertThat(counting.calls.getFirst()).hasSize(4);
    }

    @Test
    void anotherClustersSeriesInTheSameAccountAreLeftOut() {
        Map<String, String> elsewhere = Map.of("ClusterName", "other-eks", "Namespace", "shop", "PodName", "search");
        WorkloadAnalysis analysis = analyze(new SnapshotFixture()
                .series(CPU, elsewhere, flat(60, 97, 1))
                .series(CPU, workload("shop", "web"), flat(60, 25, 5)));

        assertThat(analysis.findings()).isEmpty();
        assertThat(analysis.series()).extracting(SeriesFigures::target).containsExactly("web");
    }

    @Test
    void aNamespaceWithNoSeriesHasNoFiguresAndNoFindings() {
        WorkloadAnalysis analysis = new WorkloadAnalyzer(
                        new SnapshotFixture()
                                .series(CPU, workload("shop", "web"), flat(60, 25, 5))
                                .write(dir),
                        CLUSTER)
                .analyze(Scope.namespace("payments"), HOUR_AGO, NOW);

        assertThat(analysis.series()).isEmpty();
        assertThat(analysis.findings()).isEmpty();
    }

    @Test
    void aPodPinnedAtItsCpuLimitAtFiveMinutePointsKeyedByFullPodNameIsSaturationOnItsWorkload() {
        WorkloadAnalysis analysis = analyze(new SnapshotFixture()
                .raw(
                        CPU,
                        SnapshotFixture.pod("shop", "pricing", "pricing-5f7d8c9b6-q2w8e"),
                        fiveMinutes(6, 35, 6, 99.5))
                .raw(
                        CPU,
                        SnapshotFixture.pod("shop", "pricing", "pricing-5f7d8c9b6-z9x8c"),
                        fiveMinutes(12, 30, 0, 0)));

        Finding finding = only(analysis);
        assertThat(finding.id()).isEqualTo("resource_saturation/Deployment/shop/pricing");
        assertThat(finding.pods()).containsExactly("pricing-5f7d8c9b6-q2w8e");
        assertThat(finding.summary())
                .contains("CPU pinned at its limit since 09:30 (")
                .contains("for 30 min, 36% before)");
        assertThat(quotes(finding)).anyMatch(q -> q.endsWith(", 30 min at or above 90%, 5-minute points)"));
    }

    @Test
    void twoFiveMinutePointsAtTheLimitAreNotYetSustained() {
        WorkloadAnalysis analysis = analyze(new SnapshotFixture()
                .raw(
                        CPU,
                        SnapshotFixture.pod("shop", "pricing", "pricing-5f7d8c9b6-q2w8e"),
                        fiveMinutes(10, 35, 2, 99.5)));

        assertThat(analysis.findings()).noneMatch(f -> f.summary().contains("pinned"));
    }

    @Test
    void podsOfOneWorkloadPinnedAlikeAreOneFindingListingBoth() {
        WorkloadAnalysis analysis = analyze(new SnapshotFixture()
                .raw(
                        CPU,
                        SnapshotFixture.pod("shop", "pricing", "pricing-5f7d8c9b6-q2w8e"),
                        fiveMinutes(6, 35, 6, 99.5))
                .raw(
                        CPU,
                        SnapshotFixture.pod("shop", "pricing", "pricing-5f7d8c9b6-z9x8c"),
                        fiveMinutes(8, 35, 4, 97)));

        Finding finding = only(analysis);
        assertThat(finding.pods()).containsExactly("pricing-5f7d8c9b6-q2w8e", "pricing-5f7d8c9b6-z9x8c");
        assertThat(finding.summary()).endsWith("(2 pods alike)");
    }

    @Test
    void aWorkloadNameWithNoSeriesOfItsOwnReadsTheWorkloadsItPrefixes() {
        SnapshotFixture fixture = new SnapshotFixture()
                .series(CPU, workload("shop", "pricing-api-5f7d8c9b6-q2w8e"), concat(flat(30, 38, 3), flat(30, 99, 1)))
                .series(CPU, workload("shop", "pricingless"), flat(60, 99, 1));

        WorkloadAnalysis analysis = new WorkloadAnalyzer(fixture.write(dir), CLUSTER)
                .analyze(Scope.workload("shop", "pricing"), HOUR_AGO, NOW);

        assertThat(analysis.findings())
                .extracting(Finding::id)
                .containsExactly("resource_saturation/Deployment/shop/pricing-api-5f7d8c9b6-q2w8e");
        assertThat(analysis.notes())
                .contains("no series named 'pricing'; analyzed the workloads whose name starts "
                        + "with 'pricing-': pricing-api-5f7d8c9b6-q2w8e");
    }

    /** {@code low} points at {@code lowValue} then {@code high} at {@code highValue}, five minutes apart, ending at NOW - 5 min. */
    private static List<List<Object>> fiveMinutes(int low, double lowValue, int high, double highValue) {
        List<List<Object>> points = new ArrayList<>();
        int n = low + high;
        for (int i = 0; i < n; i++) {
            double value = i < low ? lowValue + (i % 3) : highValue;
            points.add(List.of(NOW.minus(Duration.ofMinutes(5L * (n - i))).toString(), value));
        }
        return points;
    }

    private WorkloadAnalysis analyze(SnapshotFixture fixture) {
        return new WorkloadAnalyzer(fixture.write(dir), CLUSTER).analyze(Scope.namespace("shop"), HOUR_AGO, NOW);
    }

    private static Finding only(WorkloadAnalysis analysis) {
        assertThat(analysis.findings()).hasSize(1);
        return analysis.findings().getFirst();
    }

    private static List<String> quotes(Finding finding) {
        return finding.evidence().stream().map(Evidence::quote).toList();
    }

    /** Records each GetMetricData call's queries. */
    private record Counting(MetricSource delegate, List<List<MetricQuery>> calls) implements MetricSource {

        Counting(MetricSource delegate) {
            this(delegate, new ArrayList<>());
        }

        @Override
        public List<MetricSeries> getMetricData(List<MetricQuery> queries, Instant start, Instant end) {
            calls.add(queries);
            return delegate.getMetricData(queries, start, end);
        }

        @Override
        public List<MetricDescriptor> listMetrics(String namespace, String metricName, Map<String, String> dimensions) {
            return delegate.listMetrics(namespace, metricName, dimensions);
        }

        @Override
        public String describe() {
            return delegate.describe();
        }
    }
}
