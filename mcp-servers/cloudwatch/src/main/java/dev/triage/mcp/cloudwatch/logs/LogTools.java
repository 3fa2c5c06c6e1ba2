package dev.triage.mcp.cloudwatch.logs;

import dev.triage.mcp.cloudwatch.source.DataSource;
import dev.triage.mcp.cloudwatch.time.TimeWindow;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import java.time.Duration;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * CloudWatch Logs: Logs Insights queries (start, poll, or run with a bounded wait) and FilterLogEvents. Logs carry
 * application data, so these are sensitive reads and go away with {@code triage.mcp.sensitive-reads=false}.
 */
@Component
class LogTools implements ToolGroup {

    static final int MAX_ROWS = 1_000;
    static final int MAX_EVENTS = 1_000;

    private final LogSource logs;
    private final DataSource data;
    private final InsightsRunner runner;
    private final QueryWait wait;

    LogTools(LogSource logs, DataSource data, QueryWait wait) {
        this.logs = logs;
        this.data = data;
        this.runner = new InsightsRunner(logs, wait);
        this.wait = wait;
    }

    @Override
    public List<ToolDefinition> tools() {
        return List.of(
                ToolDefinition.sensitiveRead(
                        "start_logs_insights_query", LogToolText.START, LogToolText.startSchema(false), this::start),
                ToolDefinition.sensitiveRead(
                        "get_logs_insights_results", LogToolText.RESULTS, LogToolText.resultsSchema(), this::results),
                ToolDefinition.sensitiveRead(
                        "run_logs_insights_query", LogToolText.RUN, LogToolText.startSchema(true), this::run),
                ToolDefinition.sensitiveRead(
                        "filter_log_events", LogToolText.FILTER, LogToolText.filterSchema(), this::filter));
    }

    private ToolOutcome start(ToolArguments args) {
        if (logs.insightsUnavailable().isPresent()) {
            return args.noData(logs.insightsUnavailable().get());
        }
        TimeWindow window = window(args);
        String id = logs.startQuery(
                LogArguments.logGroups(args),
                LogArguments.query(args),
                window.start(),
                window.end(),
                args.positiveInt("limit", 100, 10_000));
        return args.ok("started Logs Insights query " + id + " over " + window.start() + " to " + window.end()
                + "; call get_logs_insights_results with query_id=\"" + id + "\"");
    }

    private ToolOutcome results(ToolArguments args) {
        if (logs.insightsUnavailable().isPresent()) {
            return args.noData(logs.insightsUnavailable().get());
        }
        InsightsResults results = logs.queryResults(args.requiredString("query_id"));
        return args.ok(InsightsReport.render(results, args.positiveInt("limit", 100, MAX_ROWS), logs.describe()));
    }

    private ToolOutcome run(ToolArguments args) throws InterruptedException {
        if (logs.insightsUnavailable().isPresent()) {
            return args.noData(logs.insightsUnavailable().get());
        }
        TimeWindow window = window(args);
        int limit = args.positiveInt("limit", 100, MAX_ROWS);
        Duration maxWait = Duration.ofSeconds(
                args.positiveInt("max_wait_seconds", (int) wait.maxWait().toSeconds(), 300));
        InsightsResults results = runner.run(
                LogArguments.logGroups(args), LogArguments.query(args), window.start(), window.end(), limit, maxWait);
        return outcome(args, results, limit, logs.describe());
    }

    private ToolOutcome filter(ToolArguments args) {
        String group = LogArguments.logGroup("log_group_name", args.requiredString("log_group_name"));
        TimeWindow window = window(args);
        var filter = new EventFilter(
                group,
                args.optionalString("log_stream_name_prefix"),
                args.optionalString("filter_pattern"),
                window.start(),
                window.end(),
                args.positiveInt("limit", 100, MAX_EVENTS));
        LogEvents events = logs.filterLogEvents(filter);
        if (events.events().isEmpty()) {
            return args.noData("no events in " + group + " between " + window.start() + " and " + window.end()
                    + " match (" + logs.describe() + ")");
        }
        return args.ok(InsightsReport.renderEvents(events, group, logs.describe()));
    }

    private TimeWindow window(ToolArguments args) {
        return TimeWindow.parse(
                args.optionalString("start_time"), args.optionalString("end_time"), Duration.ofHours(1), data.clock());
    }

    static ToolOutcome outcome(ToolArguments args, InsightsResults results, int limit, String source) {
        return switch (results.status()) {
            case "Failed", "Cancelled", "Timeout" ->
                args.failed("CloudWatch Logs query " + results.queryId() + " ended with status " + results.status()
                        + ": check the query syntax and narrow the range");
            default ->
                results.rows().isEmpty() && results.finished()
                        ? args.noData("the query " + results.queryId() + " completed and matched no log events")
                        : args.ok(InsightsReport.render(results, limit, source));
        };
    }
}
