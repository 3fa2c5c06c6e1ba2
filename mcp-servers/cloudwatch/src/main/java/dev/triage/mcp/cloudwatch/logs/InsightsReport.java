package dev.triage.mcp.cloudwatch.logs;

import dev.triage.mcp.hosting.bounds.Bounds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Logs Insights results as a tool answers them: status, counts, and bounded rows with long values cut. */
final class InsightsReport {

    static final int MAX_VALUE_BYTES = 2_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InsightsReport() {}

    static String render(InsightsResults results, int maxRows, String source) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("source", source);
        report.put("query_id", results.queryId());
        report.put("status", results.status());
        if (!results.finished()) {
            report.put(
                    "note",
                    "the query is still running: call get_logs_insights_results with this query_id for the rest");
        }
        report.put("records_matched", (long) results.recordsMatched());
        report.put("records_scanned", (long) results.recordsScanned());
        var rows = Bounds.firstItems(results.rows(), maxRows);
        report.put("rows", rows.kept().stream().map(InsightsReport::cut).toList());
        if (rows.truncated()) {
            report.put("truncated", rows.note("pass a larger limit, or add | limit / | stats to the query"));
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    static String renderEvents(LogEvents events, String logGroup, String source) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("source", source);
        report.put("log_group", logGroup);
        report.put("events_shown", events.events().size());
        report.put(
                "events",
                events.events().stream()
                        .map(e -> List.of(e.at().toString(), e.stream(), value(e.message())))
                        .toList());
        if (events.more()) {
            report.put("truncated", "more events matched: narrow the time range or the filter, or raise limit");
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report);
    }

    private static Map<String, String> cut(Map<String, String> row) {
        Map<String, String> kept = new LinkedHashMap<>();
        row.forEach((field, value) -> kept.put(field, value(value)));
        return kept;
    }

    private static String value(String value) {
        var cut = Bounds.firstBytes(value, MAX_VALUE_BYTES);
        return cut.truncated() ? cut.kept() + " [cut at " + MAX_VALUE_BYTES + " bytes]" : cut.kept();
    }
}
