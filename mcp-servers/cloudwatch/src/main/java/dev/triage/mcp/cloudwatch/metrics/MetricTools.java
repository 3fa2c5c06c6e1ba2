package dev.triage.mcp.cloudwatch.metrics;

import dev.triage.mcp.cloudwatch.source.DataSource;
import dev.triage.mcp.cloudwatch.time.TimeWindow;
import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Raw CloudWatch metrics: get_metric_data (several queries, any statistic) and list_metrics. Read-only. */
@Component
class MetricTools implements ToolGroup {

    static final int MAX_QUERIES = 50;
    static final int MAX_DESCRIPTORS = 200;

    private final MetricSource metrics;
    private final DataSource data;

    MetricTools(MetricSource metrics, DataSource data) {
        this.metrics = metrics;
        this.data = data;
    }

    @Override
    public List<ToolDefinition> tools() {
        return List.of(
                ToolDefinition.read(
                        "get_metric_data",
                        MetricToolText.GET_METRIC_DATA,
                        MetricToolText.metricDataSchema(),
                        this::data),
                ToolDefinition.read(
                        "list_metrics", MetricToolText.LIST_METRICS, MetricToolText.listMetricsSchema(), this::list));
    }

    private ToolOutcome data(ToolArguments args) {
        List<MetricQuery> queries = queries(args);
        TimeWindow window = TimeWindow.parse(
                args.optionalString("start_time"), args.optionalString("end_time"), Duration.ofHours(3), data.clock());
        QueryRules.check(queries, window);
        List<MetricSeries> series = metrics.getMetricData(queries, window.start(), window.end());
        if (series.stream().allMatch(s -> s.points().isEmpty())) {
            queries.forEach(query -> EmptySeries.explain(metrics, query));
            return args.noData("the metrics exist but have no data points between " + window.start() + " and "
                    + window.end() + " (" + metrics.describe() + ")");
        }
        return args.ok(SeriesReport.render(
                metrics.describe(), window, queries, series, args.positiveInt("max_points", 60, 1_440)));
    }

    private static List<MetricQuery> queries(ToolArguments args) {
        Duration period = Duration.ofSeconds(args.positiveInt("period", 60, 86_400));
        String stat = args.optionalString("stat").orElse("Average");
        List<MetricQuery> queries =
                QueryArguments.parse(args.invocation().arguments().get("queries"), period, stat);
        if (queries.size() > MAX_QUERIES) {
            throw new InvalidArgumentException("queries", "holds at most " + MAX_QUERIES + ", got " + queries.size());
        }
        return queries;
    }

    private ToolOutcome list(ToolArguments args) {
        String namespace = args.optionalString("namespace").orElse(QueryRules.CONTAINER_INSIGHTS);
        Map<String, String> dimensions =
                QueryArguments.dimensions(args.invocation().arguments().get("dimensions"), "dimensions", namespace);
        List<MetricDescriptor> found = metrics.listMetrics(
                namespace, args.optionalString("metric_name").orElse(null), dimensions);
        if (found.isEmpty()) {
            return args.noData("no metrics in namespace " + namespace + " match; " + metrics.describe());
        }
        int limit = args.positiveInt("limit", 100, MAX_DESCRIPTORS);
        String lines = found.stream()
                .limit(limit)
                .map(d -> d.metricName() + " " + d.dimensions())
                .collect(Collectors.joining("\n"));
        String note = found.size() > limit
                ? "\n[truncated: showing " + limit + " of " + found.size() + " metrics; filter by metric_name or "
                        + "dimensions]"
                : "";
        return args.ok(found.size() + " metrics in " + namespace + " (" + metrics.describe() + "):\n" + lines + note);
    }
}
