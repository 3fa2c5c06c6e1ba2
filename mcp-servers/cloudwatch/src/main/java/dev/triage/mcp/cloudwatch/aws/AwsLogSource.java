package dev.triage.mcp.cloudwatch.aws;

import static dev.triage.mcp.cloudwatch.aws.AwsMetricSource.call;

import dev.triage.mcp.cloudwatch.logs.EventFilter;
import dev.triage.mcp.cloudwatch.logs.InsightsResults;
import dev.triage.mcp.cloudwatch.logs.LogEvents;
import dev.triage.mcp.cloudwatch.logs.LogSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsRequest;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilterLogEventsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.FilteredLogEvent;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetQueryResultsResponse;
import software.amazon.awssdk.services.cloudwatchlogs.model.ResultField;

/** CloudWatch Logs: Logs Insights (StartQuery, GetQueryResults) and FilterLogEvents (paginated, bounded). */
final class AwsLogSource implements LogSource {

    /** FilterLogEvents may answer pages with no events while it searches; give up after this many. */
    static final int MAX_PAGES = 20;

    private final CloudWatchLogsClient client;
    private final String description;

    AwsLogSource(CloudWatchLogsClient client, String description) {
        this.client = client;
        this.description = description;
    }

    @Override
    public String startQuery(List<String> logGroups, String query, Instant start, Instant end, int limit) {
        return call(
                        "CloudWatch Logs StartQuery",
                        () -> client.startQuery(request -> request.logGroupNames(logGroups)
                                .queryString(query)
                                .startTime(start.getEpochSecond())
                                .endTime(end.getEpochSecond())
                                .limit(limit)))
                .queryId();
    }

    @Override
    public InsightsResults queryResults(String queryId) {
        GetQueryResultsResponse response = call(
                "CloudWatch Logs GetQueryResults", () -> client.getQueryResults(request -> request.queryId(queryId)));
        var stats = response.statistics();
        return new InsightsResults(
                queryId,
                response.statusAsString(),
                response.results().stream().map(AwsLogSource::row).toList(),
                stats == null || stats.recordsMatched() == null ? 0 : stats.recordsMatched(),
                stats == null || stats.recordsScanned() == null ? 0 : stats.recordsScanned());
    }

    @Override
    public LogEvents filterLogEvents(EventFilter filter) {
        var request = FilterLogEventsRequest.builder()
                .logGroupName(filter.logGroup())
                .logStreamNamePrefix(filter.streamPrefix().orElse(null))
                .filterPattern(filter.pattern().orElse(null))
                .startTime(filter.start().toEpochMilli())
                .endTime(filter.end().toEpochMilli())
                .limit(Math.min(filter.limit(), 10_000))
                .build();
        List<LogEvents.Event> events = new ArrayList<>();
        String token = null;
        int page = 0;
        do {
            var next = request.toBuilder().nextToken(token).build();
            FilterLogEventsResponse response =
                    call("CloudWatch Logs FilterLogEvents", () -> client.filterLogEvents(next));
            response.events().forEach(event -> events.add(event(event)));
            token = response.nextToken();
        } while (token != null && events.size() < filter.limit() && ++page < MAX_PAGES);
        boolean more = token != null || events.size() > filter.limit();
        return new LogEvents(events.subList(0, Math.min(events.size(), filter.limit())), more);
    }

    @Override
    public String describe() {
        return description;
    }

    private static Map<String, String> row(List<ResultField> fields) {
        Map<String, String> row = new LinkedHashMap<>();
        fields.forEach(field -> row.put(field.field(), field.value() == null ? "" : field.value()));
        return row;
    }

    private static LogEvents.Event event(FilteredLogEvent event) {
        Instant at = event.timestamp() == null ? Instant.EPOCH : Instant.ofEpochMilli(event.timestamp());
        return new LogEvents.Event(at, event.logStreamName(), event.message());
    }
}
