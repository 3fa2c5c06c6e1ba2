package dev.triage.mcp.cloudwatch.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.hosting.tracing.RecordedSpans;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SDK clients' calls as client spans, against CloudWatch's and CloudWatch Logs' wire protocols on loopback. */
class AwsCallSpansTest {

    private static final String GROUP = "/aws/containerinsights/prod/application";
    private static final String CANARY = "canary-aws-s3cret";

    final FakeAws fake = FakeAws.start();
    final RecordedSpans recorded = new RecordedSpans();

    @AfterEach
    void stop() {
        recorded.close();
        fake.close();
    }

    @Test
    void aMetricsCallIsAClientSpanUnderTheToolsSpanWithItsServiceOperationAndRequestId() {
        fake.on("GetMetricData", new FakeAws.Ok(Map.of("MetricDataResults", List.of())));
        String traceId;
        String toolSpan;
        try (var served = recorded.serve("tools/call get_container_insights")) {
            traceId = served.traceId();
            toolSpan = served.spanId();
            TestClients.metrics(fake)
                    .getMetricData(
                            List.of(AwsMetricSourceTest.CPU), AwsMetricSourceTest.START, AwsMetricSourceTest.END);
        }

        SpanData span = recorded.clientSpans().getFirst();
        assertThat(recorded.clientSpans()).hasSize(1);
        assertThat(span.getName()).isEqualTo("CloudWatch/GetMetricData");
        assertThat(span.getKind()).isEqualTo(SpanKind.CLIENT);
        assertThat(span.getTraceId()).isEqualTo(traceId);
        assertThat(span.getParentSpanId()).isEqualTo(toolSpan);
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
        assertThat(attribute(span, "rpc.system")).isEqualTo("aws-api");
        assertThat(attribute(span, "rpc.service")).isEqualTo("CloudWatch");
        assertThat(attribute(span, "rpc.method")).isEqualTo("GetMetricData");
        assertThat(attribute(span, "cloud.region")).isEqualTo("eu-west-1");
        assertThat(attribute(span, "aws.request_id")).startsWith("fake-");
        assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                .isEqualTo(200L);
    }

    @Test
    void aRefusedCallIsAnErrorSpanWithTheErrorCodeAndNeitherTheQueryNorTheMessage() {
        fake.on("StartQuery", new FakeAws.Failure(400, "MalformedQueryException", "bad query near " + CANARY));
        try (var ignored = recorded.serve("tools/call query_logs")) {
            AwsLogSource logs = TestClients.logs(fake);
            assertThatThrownBy(() -> logs.startQuery(
                            List.of(GROUP),
                            "fields @message | filter @message like /" + CANARY + "/",
                            AwsMetricSourceTest.START,
                            AwsMetricSourceTest.END,
                            5))
                    .isNotNull();
        }

        SpanData span = recorded.clientSpans().getFirst();
        assertThat(span.getName()).isEqualTo("CloudWatchLogs/StartQuery");
        assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
        assertThat(attribute(span, "error.type")).isEqualTo("MalformedQueryException");
        assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                .isEqualTo(400L);
        assertThat(attribute(span, "aws.request_id")).startsWith("fake-");
        assertThat(span.toString()).doesNotContain(CANARY);
    }

    @Test
    void aRetriedCallIsOneSpanWithItsFinalOutcome() {
        fake.on(
                "StartQuery",
                new FakeAws.Failure(400, "ThrottlingException", "slow down"),
                new FakeAws.Ok(Map.of("queryId", "q-1")));
        try (var ignored = recorded.serve("tools/call query_logs")) {
            TestClients.logs(fake)
                    .startQuery(
                            List.of(GROUP), "fields @message", AwsMetricSourceTest.START, AwsMetricSourceTest.END, 5);
        }

        assertThat(fake.requests("StartQuery")).hasSize(2);
        assertThat(recorded.clientSpans()).singleElement().satisfies(span -> {
            assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
            assertThat(span.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
                    .isEqualTo(200L);
        });
    }

    @Test
    void outsideATracedRequestNoSpanIsMade() {
        fake.on("StartQuery", new FakeAws.Ok(Map.of("queryId", "q-1")));

        TestClients.logs(fake)
                .startQuery(List.of(GROUP), "fields @message", AwsMetricSourceTest.START, AwsMetricSourceTest.END, 5);

        assertThat(recorded.spans()).isEmpty();
    }

    private static String attribute(SpanData span, String key) {
        return span.getAttributes().get(AttributeKey.stringKey(key));
    }
}
