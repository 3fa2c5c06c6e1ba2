package dev.triage.mcp.cloudwatch.logs;

import dev.triage.mcp.cloudwatch.source.DataSource;
import dev.triage.mcp.cloudwatch.time.TimeWindow;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * get_cloudwatch_logs, at parity with the AWS EKS MCP server: the Container Insights logs of a pod, node, container
 * or the cluster through Logs Insights; where the source has no Logs Insights (a snapshot), FilterLogEvents over
 * the application log group with the pod name as stream prefix. A sensitive read.
 */
@Component
class ContainerLogTools implements ToolGroup {

    private final LogSource logs;
    private final DataSource data;
    private final InsightsRunner runner;
    private final QueryWait wait;

    ContainerLogTools(LogSource logs, DataSource data, QueryWait wait) {
        this.logs = logs;
        this.data = data;
        this.runner = new InsightsRunner(logs, wait);
        this.wait = wait;
    }

    @Override
    public List<ToolDefinition> tools() {
        return List.of(ToolDefinition.sensitiveRead(
                "get_cloudwatch_logs", ContainerLogText.DESCRIPTION, ContainerLogText.schema(), this::logs));
    }

    private ToolOutcome logs(ToolArguments args) throws InterruptedException {
        String logType = args.optionalString("log_type").orElse("application").toLowerCase(Locale.ROOT);
        String group = ContainerInsightsLogGroups.of(data.clusterName(), logType);
        var resource = new ResourceLogQuery(
                ResourceLogQuery.type(args.requiredString("resource_type")),
                args.optionalString("resource_name"),
                args.optionalString("namespace"),
                logType.startsWith("control") ? "control-plane" : logType);
        TimeWindow window = TimeWindow.parse(
                Optional.empty(),
                Optional.empty(),
                Duration.ofMinutes(args.positiveInt("minutes", 15, 10_080)),
                data.clock());
        int limit = args.positiveInt("limit", 50, LogTools.MAX_ROWS);
        if (logs.insightsUnavailable().isPresent()) {
            return filtered(args, resource, group, window, limit);
        }
        String query = resource.build(
                args.optionalString("fields").orElse("@timestamp, @message, @logStream"),
                args.optionalString("filter_pattern"),
                limit);
        InsightsResults results =
                runner.run(List.of(group), query, window.start(), window.end(), limit, wait.maxWait());
        return LogTools.outcome(args, results, limit, logs.describe() + ", query: " + query);
    }

    private ToolOutcome filtered(
            ToolArguments args, ResourceLogQuery resource, String group, TimeWindow window, int limit) {
        if (!resource.logType().equals("application")) {
            return args.noData(logs.insightsUnavailable().orElseThrow());
        }
        Optional<String> prefix = resource.resourceType().equals("pod") ? resource.name() : Optional.empty();
        var filter = new EventFilter(
                group, prefix, args.optionalString("filter_pattern"), window.start(), window.end(), limit);
        LogEvents events = logs.filterLogEvents(filter);
        if (events.events().isEmpty()) {
            return args.noData("no events in " + group + " between " + window.start() + " and " + window.end()
                    + " for " + resource.resourceType() + " " + resource.name().orElse("") + " (" + logs.describe()
                    + ")");
        }
        return args.ok(InsightsReport.renderEvents(events, group, logs.describe()));
    }
}
