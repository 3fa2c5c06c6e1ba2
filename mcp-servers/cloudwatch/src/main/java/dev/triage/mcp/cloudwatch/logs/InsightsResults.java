package dev.triage.mcp.cloudwatch.logs;

import java.util.List;
import java.util.Map;

/**
 * A Logs Insights query as GetQueryResults reports it.
 *
 * @param status Scheduled, Running, Complete, Failed, Cancelled, Timeout or Unknown
 * @param rows each row's fields in the order the query produced them
 * @param recordsMatched how many log events matched, as CloudWatch counts them
 * @param recordsScanned how many log events were scanned
 */
public record InsightsResults(
        String queryId, String status, List<Map<String, String>> rows, double recordsMatched, double recordsScanned) {

    public InsightsResults {
        rows = List.copyOf(rows);
    }

    /** No more rows will come: the query completed or stopped. */
    public boolean finished() {
        return !status.equals("Scheduled") && !status.equals("Running");
    }
}
