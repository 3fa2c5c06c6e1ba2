package dev.triage.mcp.cloudwatch.logs;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where log data comes from: CloudWatch Logs (AWS) or a snapshot's container logs. */
public interface LogSource {

    /** Starts a Logs Insights query over the log groups and returns its id (StartQuery). */
    String startQuery(List<String> logGroups, String query, Instant start, Instant end, int limit);

    /** The query's status and, once it has them, its rows (GetQueryResults). */
    InsightsResults queryResults(String queryId);

    /** Events matching a filter pattern, newest pages last, at most {@code filter.limit()} (FilterLogEvents). */
    LogEvents filterLogEvents(EventFilter filter);

    /** Why this source cannot run Logs Insights queries, when it cannot (a snapshot has no query engine). */
    default Optional<String> insightsUnavailable() {
        return Optional.empty();
    }

    /** Where the data comes from: "CloudWatch Logs us-east-1" or "snapshot DIR". */
    String describe();
}
