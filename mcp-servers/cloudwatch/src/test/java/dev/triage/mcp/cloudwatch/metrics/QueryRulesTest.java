package dev.triage.mcp.cloudwatch.metrics;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.cloudwatch.time.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryRulesTest {

    static final TimeWindow HOUR =
            new TimeWindow(Instant.parse("2026-11-21T09:00:00Z"), Instant.parse("2026-11-21T10:00:00Z"));

    @Test
    void percentilesTrimmedMeansAndHighResolutionPeriodsAreAccepted() {
        for (String stat : List.of("p50", "p99.9", "p100", "tm90", "Average", "SampleCount", "IQM")) {
            assertThatCode(() -> QueryRules.check(List.of(query("m", stat, 60)), HOUR))
                    .doesNotThrowAnyException();
        }
        assertThatCode(() -> QueryRules.check(List.of(query("m", "Maximum", 10)), HOUR))
                .doesNotThrowAnyException();
    }

    @Test
    void idsMustStartLowerCase() {
        assertThatThrownBy(() -> QueryRules.check(List.of(query("Cpu", "Average", 60)), HOUR))
                .isInstanceOf(MetricQueryException.class)
                .hasMessageContaining("query id 'Cpu'");
    }

    @Test
    void tooManyPointsAcrossTheQueriesIsRefused() {
        var week = new TimeWindow(HOUR.start().minus(Duration.ofDays(70)), HOUR.end());

        assertThatThrownBy(() -> QueryRules.check(List.of(query("a", "Average", 60)), week))
                .isInstanceOf(MetricQueryException.class)
                .hasMessageContaining("more than GetMetricData's 100800");
    }

    private static MetricQuery query(String id, String stat, long period) {
        return new MetricQuery(
                id,
                "ContainerInsights",
                "node_cpu_utilization",
                Map.of("ClusterName", "prod"),
                Duration.ofSeconds(period),
                stat);
    }
}
