package dev.triage.mcp.cloudwatch.logs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Starts a Logs Insights query and polls it until it finishes or the wait runs out, so a call never hangs. */
final class InsightsRunner {

    private final LogSource logs;
    private final QueryWait wait;

    InsightsRunner(LogSource logs, QueryWait wait) {
        this.logs = logs;
        this.wait = wait;
    }

    /** The query's results when it finished within {@code maxWait}; else its latest status, rows so far included. */
    InsightsResults run(List<String> groups, String query, Instant start, Instant end, int limit, Duration maxWait)
            throws InterruptedException {
        String id = logs.startQuery(groups, query, start, end, limit);
        long deadline = System.nanoTime() + min(maxWait, wait.maxWait()).toNanos();
        InsightsResults results = logs.queryResults(id);
        while (!results.finished() && System.nanoTime() < deadline) {
            Thread.sleep(wait.pollInterval());
            results = logs.queryResults(id);
        }
        return results;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) < 0 ? a : b;
    }
}
