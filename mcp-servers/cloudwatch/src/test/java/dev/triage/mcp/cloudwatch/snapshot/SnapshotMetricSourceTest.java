package dev.triage.mcp.cloudwatch.snapshot;

import static dev.triage.mcp.cloudwatch.snapshot.SnapshotFixture.NOW;
import static dev.triage.mcp.cloudwatch.snapshot.SnapshotFixture.workload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.kubernetes.snapshot.SnapshotException;
import dev.triage.mcp.cloudwatch.metrics.MetricDescriptor;
import dev.triage.mcp.cloudwatch.metrics.MetricQuery;
import dev.triage.mcp.cloudwatch.metrics.MetricQueryException;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries.Point;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnapshotMetricSourceTest {

    private static final String CPU = "pod_cpu_utilization_over_pod_limit";
    private static final Instant TEN_AGO = NOW.minus(Duration.ofMinutes(10));

    @TempDir
    Path dir;

    private SnapshotMetricSource source;

    @BeforeEach
    void tenMinutesOfOneToTen() {
        source = new SnapshotFixture()
                .series(CPU, workload("shop", "cart"), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
                .series(CPU, SnapshotFixture.pod("shop", "cart", "cart-1"), 50, 50, 50, 50, 50, 50, 50, 50, 50, 50)
                .write(dir);
    }

    @ParameterizedTest
    @CsvSource({
        "Average, 3, 8",
        "Maximum, 5, 10",
        "Minimum, 1, 6",
        "Sum, 15, 40",
        "SampleCount, 5, 5",
        "p90, 5, 10",
        "p50, 3, 8"
    })
    void pointsAreAggregatedIntoThePeriodWithTheStatistic(String stat, double first, double second) {
        MetricSeries series = one(
                new MetricQuery("q", "ContainerInsights", CPU, workload("shop", "cart"), Duration.ofMinutes(5), stat));

        assertThat(series.points()).extracting(Point::value).containsExactly(first, second);
    }

    @Test
    void periodsStartOnWholeMultiplesOfThePeriodAndOnlyPointsInTheRangeCount() {
        MetricSeries series = source.getMetricData(
                        List.of(query(workload("shop", "cart"), Duration.ofMinutes(5), "Sum")),
                        NOW.minus(Duration.ofMinutes(7)),
                        NOW.minus(Duration.ofMinutes(1)))
                .getFirst();

        assertThat(series.points())
                .containsExactly(
                        new Point(NOW.minus(Duration.ofMinutes(10)), 4 + 5),
                        new Point(NOW.minus(Duration.ofMinutes(5)), 6 + 7 + 8 + 9));
    }

    @Test
    void aQueryMatchesOnlyTheSeriesWithExactlyItsDimensions() {
        Map<String, String> partial = Map.of("ClusterName", SnapshotFixture.CLUSTER, "Namespace", "shop");

        assertThat(one(query(partial, Duration.ofMinutes(1), "Average")).points())
                .isEmpty();
        assertThat(one(query(workload("shop", "cart"), Duration.ofMinutes(1), "Average"))
                        .points())
                .hasSize(10);
        assertThat(one(query(workload("shop", "cart-1"), Duration.ofMinutes(1), "Average"))
                        .points())
                .isEmpty();
    }

    @Test
    void severalQueriesAreAnsweredInOrderUnderTheirIds() {
        List<MetricSeries> answers = source.getMetricData(
                List.of(
                        new MetricQuery(
                                "b",
                                "ContainerInsights",
                                CPU,
                                workload("shop", "cart"),
                                Duration.ofMinutes(10),
                                "Maximum"),
                        new MetricQuery(
                                "a",
                                "ContainerInsights",
                                CPU,
                                SnapshotFixture.pod("shop", "cart", "cart-1"),
                                Duration.ofMinutes(10),
                                "Maximum")),
                TEN_AGO,
                NOW);

        assertThat(answers).extracting(MetricSeries::id).containsExactly("b", "a");
        assertThat(answers).extracting(s -> s.points().getFirst().value()).containsExactly(10.0, 50.0);
    }

    @Test
    void anUnknownMetricIsAnErrorNamingTheMetricsThatExist() {
        MetricQuery query = new MetricQuery(
                "q",
                "ContainerInsights",
                "pod_cpu_utilisation",
                workload("shop", "cart"),
                Duration.ofMinutes(1),
                "Average");

        assertThatThrownBy(() -> one(query))
                .isInstanceOf(MetricQueryException.class)
                .hasMessageContaining("unknown metric 'pod_cpu_utilisation'")
                .hasMessageContaining(CPU);
    }

    @Test
    void anUnknownDimensionNameIsAnErrorNamingTheMetricsDimensions() {
        assertThatThrownBy(() -> one(query(Map.of("Pod", "cart"), Duration.ofMinutes(1), "Average")))
                .isInstanceOf(MetricQueryException.class)
                .hasMessageContaining("no dimension [Pod]")
                .hasMessageContaining("[ClusterName, FullPodName, Namespace, PodName]");
    }

    @Test
    void anInvertedTimeRangeIsAnError() {
        assertThatThrownBy(() -> source.getMetricData(
                        List.of(query(workload("shop", "cart"), Duration.ofMinutes(1), "Average")), NOW, TEN_AGO))
                .isInstanceOf(MetricQueryException.class)
                .hasMessageContaining("inverted");
    }

    @ParameterizedTest
    @CsvSource({"Median, unknown statistic", "p101, unknown statistic"})
    void anUnknownStatisticIsAnError(String stat, String message) {
        assertThatThrownBy(() -> one(query(workload("shop", "cart"), Duration.ofMinutes(1), stat)))
                .isInstanceOf(MetricQueryException.class)
                .hasMessageContaining(message);
    }

    @Test
    void aPeriodThatIsNotWholeMinutesIsAnError() {
        assertThatThrownBy(() -> one(query(workload("shop", "cart"), Duration.ofSeconds(90), "Average")))
                .isInstanceOf(MetricQueryException.class)
                .hasMessageContaining("whole number of minutes");
    }

    @Test
    void listMetricsFiltersByNameAndByDimensionNamesAndValues() {
        assertThat(source.listMetrics("ContainerInsights", CPU, Map.of("FullPodName", "")))
                .extracting(MetricDescriptor::dimensions)
                .containsExactly(SnapshotFixture.pod("shop", "cart", "cart-1"));
        assertThat(source.listMetrics("ContainerInsights", null, Map.of("PodName", "cart")))
                .hasSize(2);
        assertThat(source.listMetrics("AWS/EC2", null, Map.of())).isEmpty();
    }

    @Test
    void theSnapshotsCaptureTimeIsNow() {
        assertThat(source.capturedAt()).isEqualTo(NOW);
        assertThat(source.describe()).isEqualTo("snapshot " + dir);
    }

    @Test
    void aMalformedSeriesFileStopsTheLoadNamingTheFileAndTheSeries() throws Exception {
        Files.writeString(
                dir.resolve("metrics/any/bad.json"),
                "[{\"namespace\":\"ContainerInsights\"," + "\"metricName\":\"x\",\"points\":[[\"yesterday\", 1]]}]");

        assertThatThrownBy(() -> SnapshotMetricSource.load(dir))
                .isInstanceOf(SnapshotException.class)
                .hasMessageContaining("bad.json series [0]")
                .hasMessageContaining("'yesterday' is not an RFC 3339 time");
    }

    @Test
    void aSnapshotWithoutMetricsHasNoSeries(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("snapshot.yaml"), "cluster: c\ncapturedAt: \"" + NOW + "\"\n");

        assertThat(SnapshotMetricSource.load(empty).listMetrics("ContainerInsights", null, Map.of()))
                .isEmpty();
    }

    private MetricSeries one(MetricQuery query) {
        return source.getMetricData(List.of(query), TEN_AGO, NOW).getFirst();
    }

    private static MetricQuery query(Map<String, String> dimensions, Duration period, String stat) {
        return new MetricQuery("q", "ContainerInsights", CPU, dimensions, period, stat);
    }
}
