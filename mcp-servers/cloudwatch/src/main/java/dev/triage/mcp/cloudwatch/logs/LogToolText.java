package dev.triage.mcp.cloudwatch.logs;

import dev.triage.mcp.hosting.tool.InputSchema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the log tools tell the router and the models, and the arguments they take. */
final class LogToolText {

    static final String START = """
            Start a CloudWatch Logs Insights query (StartQuery) over one or more log groups and return its \
            query_id at once; fetch the rows with get_logs_insights_results. Prefer run_logs_insights_query, \
            which waits for the rows. Container Insights log groups: /aws/containerinsights/<cluster>/application \
            (container stdout/stderr, fields kubernetes.pod_name, kubernetes.namespace_name, log), .../performance \
            (per-pod and per-node figures), .../host, .../dataplane; the EKS control plane: /aws/eks/<cluster>/cluster.""";

    static final String RESULTS = """
            Get the status and rows of a Logs Insights query started earlier (GetQueryResults): Scheduled, \
            Running, Complete, Failed, Cancelled or Timeout, with records matched and scanned.""";

    static final String RUN = """
            Run a CloudWatch Logs Insights query and wait (bounded) for its rows, e.g. 'fields @timestamp, log | \
            filter kubernetes.pod_name like /cart/ and log like /ERROR/ | sort @timestamp desc | limit 50' or \
            'stats count(*) by bin(5m)'. If the query is still running when the wait ends, the answer carries \
            its query_id for get_logs_insights_results.""";

    static final String FILTER = """
            Find log events in one log group that match a CloudWatch filter pattern (FilterLogEvents): terms \
            that must all appear, "quoted phrases", ?any-of terms, -excluded terms, or JSON patterns such as \
            { $.level = "ERROR" }. Narrow by log_stream_name_prefix (Container Insights application streams \
            start with the pod name, so a workload name selects its pods). Events come oldest first.""";

    private LogToolText() {}

    static InputSchema startSchema(boolean wait) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("log_group_names", LogArguments.stringArray("the log groups to query", LogArguments.MAX_GROUPS));
        properties.put("query_string", string("the Logs Insights query"));
        window(properties, "-1h");
        properties.put("limit", integer("the most rows the query returns (default 100)", wait ? 1_000 : 10_000));
        if (wait) {
            properties.put(
                    "max_wait_seconds",
                    integer(
                            "the most seconds to wait for the rows (the server caps it at triage.cloudwatch.query-wait)",
                            300));
        }
        return new InputSchema(properties, List.of("log_group_names", "query_string"));
    }

    static InputSchema resultsSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("query_id", string("the id start_logs_insights_query returned"));
        properties.put("limit", integer("the most rows shown (default 100)", LogTools.MAX_ROWS));
        return new InputSchema(properties, List.of("query_id"));
    }

    static InputSchema filterSchema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("log_group_name", string("the log group, e.g. /aws/containerinsights/prod/application"));
        properties.put("log_stream_name_prefix", string("only streams starting with this"));
        properties.put("filter_pattern", string("CloudWatch filter pattern; all events when absent"));
        window(properties, "-1h");
        properties.put("limit", integer("the most events returned (default 100)", LogTools.MAX_EVENTS));
        return new InputSchema(properties, List.of("log_group_name"));
    }

    static void window(Map<String, Object> properties, String defaultStart) {
        properties.put(
                "start_time", string("RFC3339, or relative to now: -15m, -3h, -2d (default " + defaultStart + ")"));
        properties.put("end_time", string("RFC3339, 'now' or relative (default now)"));
    }

    static Map<String, Object> string(String description) {
        return Map.of("type", "string", "minLength", 1, "description", description);
    }

    static Map<String, Object> integer(String description, long maximum) {
        return Map.of("type", "integer", "minimum", 1, "maximum", maximum, "description", description);
    }
}
