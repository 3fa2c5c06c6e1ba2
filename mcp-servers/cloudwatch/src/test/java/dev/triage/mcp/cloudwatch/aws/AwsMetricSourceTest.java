package dev.triage.mcp.cloudwatch.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.cloudwatch.metrics.MetricQuery;
import dev.triage.mcp.cloudwatch.metrics.MetricQueryException;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GetMetricData and ListMetrics against CloudWatch's own wire protocol (Smithy RPC v2 CBOR) on loopback. */
class AwsMetricSourceTest {

    static final Instant START = Instant.parse("2026-11-21T09:00:00Z");
    static final Instant END = Instant.parse("2026-11-21T09:05:00Z");
    static final MetricQuery CPU = new MetricQuery(
            "cpu",
            "ContainerInsights",
            "pod_cpu_utilization_over_pod_limit",
            Map.of("ClusterName", "prod", "Namespace", "shop", "PodName", "search"),
            Duration.ofMinutes(1),
            "p90");

    final FakeAws fake = FakeAws.start();
    final AwsMetricSource source = TestClients.metrics(fake);

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void queriesTravelAsCborToTheGraniteOperationPathWithTheStatAndDimensions() {
        fake.on("GetMetricData", new FakeAws.Ok(Map.of("MetricDataResults", List.of(result("cpu", 0, 1, "Complete")))));

        source.getMetricData(List.of(CPU), START, END);

        FakeAws.Request request = fake.requests("GetMetricData").getFirst();
        assertThat(request.path()).isEqualTo("/service/GraniteServiceVersion20100801/operation/GetMetricData");
        assertThat(request.header("Content-Type")).isEqualTo("application/cbor");
        assertThat(request.header("smithy-protocol")).isEqualTo("rpc-v2-cbor");
        var query = request.body().get("MetricDataQueries").get(0);
        assertThat(query.get("Id").asText()).isEqualTo("cpu");
        assertThat(query.get("MetricStat").get("Stat").asText()).isEqualTo("p90");
        assertThat(query.get("MetricStat").get("Period").asInt()).isEqualTo(60);
        assertThat(query.get("MetricStat").get("Metric").get("Dimensions").findValuesAsText("Name"))
                .containsExactlyInAnyOrder("ClusterName", "Namespace", "PodName");
        assertThat(request.body().get("ScanBy").asText()).isEqualTo("TimestampAscending");
    }

    @Test
    void pagesAreFollowedByNextTokenAndJoinedInTimeOrder() {
        fake.on(
                "GetMetricData",
                new FakeAws.Ok(Map.of(
                        "MetricDataResults", List.of(result("cpu", 0, 2, "PartialData")), "NextToken", "page-2")),
                new FakeAws.Ok(Map.of(
                        "MetricDataResults", List.of(result("cpu", 2, 2, "PartialData")), "NextToken", "page-3")),
                new FakeAws.Ok(Map.of("MetricDataResults", List.of(result("cpu", 4, 1, "Complete")))));

        MetricSeries series = source.getMetricData(List.of(CPU), START, END).getFirst();

        assertThat(series.points()).extracting(MetricSeries.Point::value).containsExactly(90.0, 91.0, 92.0, 93.0, 94.0);
        assertThat(series.partial()).isFalse();
        assertThat(fake.requests("GetMetricData"))
                .extracting(r -> r.body().path("NextToken").asText(null))
                .containsExactly(null, "page-2", "page-3");
    }

    @Test
    void anEmptyAnswerIsAnEmptySeriesNotAnError() {
        fake.on("GetMetricData", new FakeAws.Ok(Map.of("MetricDataResults", List.of())));

        List<MetricSeries> series = source.getMetricData(List.of(CPU), START, END);

        assertThat(series).singleElement().satisfies(s -> assertThat(s.points()).isEmpty());
    }

    @Test
    void aThrottleThatPersistsThroughTheRetriesIsNamedWithTheCall() {
        fake.on("GetMetricData", new FakeAws.Failure(400, "Throttling", "Rate exceeded"));

        assertThatThrownBy(() -> source.getMetricData(List.of(CPU), START, END))
                .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(describe(e))
                        .startsWith("CloudWatch GetMetricData failed: Throttling: Rate exceeded (HTTP 400)")
                        .contains("AWS is throttling"));
        assertThat(fake.requests("GetMetricData")).hasSize(2);
    }

    @Test
    void aThrottleThatClearsOnRetryIsInvisible() {
        fake.on(
                "GetMetricData",
                new FakeAws.Failure(400, "Throttling", "Rate exceeded"),
                new FakeAws.Ok(Map.of("MetricDataResults", List.of(result("cpu", 0, 1, "Complete")))));

        assertThat(source.getMetricData(List.of(CPU), START, END).getFirst().points())
                .hasSize(1);
    }

    @Test
    void accessDeniedSaysTheRoleLacksThePermission() {
        fake.on(
                "GetMetricData",
                new FakeAws.Failure(403, "AccessDenied", "not authorized to cloudwatch:GetMetricData"));

        assertThatThrownBy(() -> source.getMetricData(List.of(CPU), START, END))
                .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(describe(e))
                        .contains("AccessDenied: not authorized to cloudwatch:GetMetricData (HTTP 403)", "IAM role"));
    }

    @Test
    void anInvalidParameterAnswerIsPassedOnWithItsCode() {
        fake.on("GetMetricData", new FakeAws.Failure(400, "InvalidParameterValue", "The parameter Stat is invalid"));

        assertThatThrownBy(() -> source.getMetricData(List.of(CPU), START, END))
                .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(describe(e))
                        .isEqualTo("CloudWatch GetMetricData failed: InvalidParameterValue: The parameter Stat is "
                                + "invalid (HTTP 400)"));
    }

    @Test
    void aServerSlowerThanTheTimeoutEndsTheCallWithATimeoutError() {
        fake.on("GetMetricData", new FakeAws.Slow(Duration.ofSeconds(30), new FakeAws.Ok(Map.of())));

        assertThatThrownBy(() -> source.getMetricData(List.of(CPU), START, END))
                .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(describe(e))
                        .startsWith("CloudWatch GetMetricData failed:")
                        .containsAnyOf("no answer within", "timed out"));
    }

    @Test
    void anInvertedRangeIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> source.getMetricData(List.of(CPU), END, START))
                .isInstanceOf(MetricQueryException.class)
                .hasMessageContaining("not before the end time");
        assertThat(fake.requests("GetMetricData")).isEmpty();
    }

    @Test
    void listMetricsFollowsPagesAndReturnsEachSeriesDimensionSet() {
        fake.on(
                "ListMetrics",
                new FakeAws.Ok(Map.of("Metrics", List.of(metric("cart")), "NextToken", "more")),
                new FakeAws.Ok(Map.of("Metrics", List.of(metric("search")))));

        var found = source.listMetrics(
                "ContainerInsights", "pod_cpu_utilization_over_pod_limit", Map.of("Namespace", "shop"));

        assertThat(found).extracting(d -> d.dimensions().get("PodName")).containsExactly("cart", "search");
        var filter =
                fake.requests("ListMetrics").getFirst().body().get("Dimensions").get(0);
        assertThat(filter.get("Name").asText()).isEqualTo("Namespace");
        assertThat(filter.get("Value").asText()).isEqualTo("shop");
    }

    private static String describe(Exception e) {
        return new AwsErrors(TestClients.CALL_TIMEOUT).describe(e);
    }

    static Map<String, Object> result(String id, int from, int count, String status) {
        List<Instant> timestamps = new java.util.ArrayList<>();
        List<Double> values = new java.util.ArrayList<>();
        for (int i = from; i < from + count; i++) {
            timestamps.add(START.plus(Duration.ofMinutes(i)));
            values.add(90.0 + i);
        }
        return Map.of("Id", id, "Label", id, "Timestamps", timestamps, "Values", values, "StatusCode", status);
    }

    static Map<String, Object> metric(String workload) {
        return Map.of(
                "Namespace", "ContainerInsights",
                "MetricName", "pod_cpu_utilization_over_pod_limit",
                "Dimensions",
                        List.of(
                                Map.of("Name", "ClusterName", "Value", "prod"),
                                Map.of("Name", "Namespace", "Value", "shop"),
                                Map.of("Name", "PodName", "Value", workload)));
    }
}
