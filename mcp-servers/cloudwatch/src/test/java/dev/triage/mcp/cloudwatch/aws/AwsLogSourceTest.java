package dev.triage.mcp.cloudwatch.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.mcp.cloudwatch.logs.EventFilter;
import dev.triage.mcp.cloudwatch.logs.InsightsResults;
import dev.triage.mcp.cloudwatch.logs.LogEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Logs Insights and FilterLogEvents against CloudWatch Logs' own wire protocol (awsJson 1.1) on loopback. */
class AwsLogSourceTest {

    static final Instant START = Instant.parse("2026-11-21T09:00:00Z");
    static final Instant END = Instant.parse("2026-11-21T10:00:00Z");
    static final String GROUP = "/aws/containerinsights/prod/application";

    final FakeAws fake = FakeAws.start();
    final AwsLogSource source = TestClients.logs(fake);

    @AfterEach
    void stop() {
        fake.close();
    }

    @Test
    void startQueryIsAnAwsJsonCallWithEpochSecondsAndTheLimit() {
        fake.on("StartQuery", new FakeAws.Ok(Map.of("queryId", "q-1")));

        String id = source.startQuery(List.of(GROUP), "fields @message | limit 5", START, END, 5);

        assertThat(id).isEqualTo("q-1");
        FakeAws.Request request = fake.requests("StartQuery").getFirst();
        assertThat(request.path()).isEqualTo("/");
        assertThat(request.header("X-Amz-Target")).isEqualTo("Logs_20140328.StartQuery");
        assertThat(request.header("Content-Type")).startsWith("application/x-amz-json-1.1");
        assertThat(request.body().get("logGroupNames").get(0).asText()).isEqualTo(GROUP);
        assertThat(request.body().get("startTime").asLong()).isEqualTo(START.getEpochSecond());
        assertThat(request.body().get("endTime").asLong()).isEqualTo(END.getEpochSecond());
        assertThat(request.body().get("limit").asInt()).isEqualTo(5);
    }

    @Test
    void queryResultsCarryTheStatusTheRowsAndTheCounts() {
        fake.on(
                "GetQueryResults",
                new FakeAws.Ok(Map.of(
                        "status", "Complete",
                        "results",
                                List.of(List.of(
                                        Map.of("field", "@timestamp", "value", "2026-11-21 09:31:00.000"),
                                        Map.of("field", "@message", "value", "GET /search 2431ms"))),
                        "statistics", Map.of("recordsMatched", 1.0, "recordsScanned", 420.0))));

        InsightsResults results = source.queryResults("q-1");

        assertThat(results.status()).isEqualTo("Complete");
        assertThat(results.finished()).isTrue();
        assertThat(results.rows())
                .containsExactly(Map.of("@timestamp", "2026-11-21 09:31:00.000", "@message", "GET /search 2431ms"));
        assertThat(results.recordsScanned()).isEqualTo(420.0);
    }

    @Test
    void filterLogEventsFollowsPagesUntilTheLimitAndSaysMoreMatched() {
        fake.on(
                "FilterLogEvents",
                new FakeAws.Ok(Map.of("events", List.of(event(1), event(2)), "nextToken", "t2")),
                new FakeAws.Ok(Map.of("events", List.of(), "nextToken", "t3")),
                new FakeAws.Ok(Map.of("events", List.of(event(3), event(4)), "nextToken", "t4")));

        LogEvents events = source.filterLogEvents(filter(3));

        assertThat(events.events()).extracting(LogEvents.Event::message).containsExactly("line 1", "line 2", "line 3");
        assertThat(events.more()).isTrue();
        assertThat(fake.requests("FilterLogEvents"))
                .extracting(r -> r.body().path("nextToken").asText(null))
                .containsExactly(null, "t2", "t3");
        var first = fake.requests("FilterLogEvents").getFirst().body();
        assertThat(first.get("filterPattern").asText()).isEqualTo("ERROR");
        assertThat(first.get("logStreamNamePrefix").asText()).isEqualTo("cart");
        assertThat(first.get("startTime").asLong()).isEqualTo(START.toEpochMilli());
    }

    @Test
    void noMatchingEventsIsAnEmptyAnswer() {
        fake.on("FilterLogEvents", new FakeAws.Ok(Map.of("events", List.of())));

        LogEvents events = source.filterLogEvents(filter(10));

        assertThat(events.events()).isEmpty();
        assertThat(events.more()).isFalse();
    }

    @Test
    void anUnknownLogGroupIsPassedOnAsTheServiceSaidIt() {
        fake.on(
                "FilterLogEvents",
                new FakeAws.Failure(400, "ResourceNotFoundException", "The specified log group does not exist."));

        assertThatThrownBy(() -> source.filterLogEvents(filter(10)))
                .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(describe(e))
                        .isEqualTo("CloudWatch Logs FilterLogEvents failed: ResourceNotFoundException: The "
                                + "specified log group does not exist. (HTTP 400)"));
    }

    @Test
    void aPersistentThrottleIsRetriedThenReported() {
        fake.on("StartQuery", new FakeAws.Failure(400, "ThrottlingException", "Rate exceeded"));

        assertThatThrownBy(() -> source.startQuery(List.of(GROUP), "fields @message", START, END, 10))
                .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(describe(e))
                        .startsWith("CloudWatch Logs StartQuery failed: ThrottlingException: Rate exceeded")
                        .contains("AWS is throttling"));
        assertThat(fake.requests("StartQuery")).hasSize(2);
    }

    @Test
    void aServerSlowerThanTheTimeoutEndsTheCallWithATimeoutError() {
        fake.on("GetQueryResults", new FakeAws.Slow(Duration.ofSeconds(30), new FakeAws.Ok(Map.of())));

        assertThatThrownBy(() -> source.queryResults("q-1"))
                .isInstanceOfSatisfying(AwsCallException.class, e -> assertThat(describe(e))
                        .startsWith("CloudWatch Logs GetQueryResults failed:")
                        .containsAnyOf("no answer within", "timed out"));
    }

    private static EventFilter filter(int limit) {
        return new EventFilter(GROUP, Optional.of("cart"), Optional.of("ERROR"), START, END, limit);
    }

    private static Map<String, Object> event(int n) {
        return Map.of(
                "logStreamName",
                "cart-6b7f9c8d4-kx2vq_shop_cart",
                "timestamp",
                START.plusSeconds(n).toEpochMilli(),
                "message",
                "line " + n,
                "eventId",
                "e" + n);
    }

    private static String describe(Exception e) {
        return new AwsErrors(TestClients.CALL_TIMEOUT).describe(e);
    }
}
