package dev.triage.mcp.cloudwatch.containerinsights;

import dev.triage.mcp.cloudwatch.metrics.MetricQuery;
import dev.triage.mcp.cloudwatch.metrics.MetricSeries;
import dev.triage.mcp.cloudwatch.metrics.MetricSource;
import dev.triage.mcp.cloudwatch.metrics.QueryRules;
import dev.triage.mcp.cloudwatch.metrics.SeriesReport;
import dev.triage.mcp.cloudwatch.source.DataSource;
import dev.triage.mcp.cloudwatch.time.TimeWindow;
import dev.triage.mcp.hosting.tool.InvalidArgumentException;
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
 * Container Insights by Kubernetes resource, at parity with the AWS EKS MCP server: get_cloudwatch_metrics (the
 * dimensions worked out from the resource) and get_eks_metrics_guidance (which metrics exist, and their traps).
 */
@Component
class ContainerInsightsTools implements ToolGroup {

    private final MetricSource metrics;
    private final DataSource data;
    private final SeriesResolver resolver;
    private final Guidance guidance = Guidance.load();

    ContainerInsightsTools(MetricSource metrics, DataSource data) {
        this.metrics = metrics;
        this.data = data;
        this.resolver = new SeriesResolver(metrics, data.clusterName());
    }

    @Override
    public List<ToolDefinition> tools() {
        return List.of(
                ToolDefinition.read(
                        "get_cloudwatch_metrics",
                        ContainerInsightsText.METRICS,
                        ContainerInsightsText.metricsSchema(),
                        this::metrics),
                ToolDefinition.read(
                        "get_eks_metrics_guidance",
                        ContainerInsightsText.GUIDANCE,
                        ContainerInsightsText.guidanceSchema(),
                        this::guidance));
    }

    private ToolOutcome metrics(ToolArguments args) {
        MetricQuery query = query(args);
        TimeWindow window = window(args);
        QueryRules.check(List.of(query), window);
        List<MetricSeries> series = metrics.getMetricData(List.of(query), window.start(), window.end());
        if (series.stream().allMatch(s -> s.points().isEmpty())) {
            return args.noData(query.metricName() + " " + query.dimensions() + " has no data points between "
                    + window.start() + " and " + window.end() + " (" + metrics.describe() + ")");
        }
        return args.ok(SeriesReport.render(
                metrics.describe(), window, List.of(query), series, args.positiveInt("limit", 60, 1_440)));
    }

    /** The query for the resource, with the exact dimension set CloudWatch holds for it. */
    private MetricQuery query(ToolArguments args) {
        ResourceType type = ResourceType.parse(args.requiredString("resource_type"));
        Optional<String> namespace = args.optionalString("namespace");
        if (type.needsNamespace() && namespace.isEmpty()) {
            throw new InvalidArgumentException("namespace", "is required for resource_type " + type.label());
        }
        String metric = args.requiredString("metric_name");
        var filter = type.filter(data.clusterName(), namespace, name(args, type), args.optionalString("pod_name"));
        return new MetricQuery(
                "m1",
                QueryRules.CONTAINER_INSIGHTS,
                metric,
                resolver.resolve(type, metric, filter, namespace),
                Duration.ofSeconds(args.positiveInt("period", 60, 86_400)),
                args.optionalString("statistic").orElse("Average"));
    }

    private String name(ToolArguments args, ResourceType type) {
        if (type == ResourceType.CLUSTER) {
            return data.clusterName();
        }
        return args.optionalString("resource_name")
                .orElseThrow(() ->
                        new InvalidArgumentException("resource_name", "is required for resource_type " + type.label()));
    }

    private TimeWindow window(ToolArguments args) {
        if (args.optionalString("start_time").isPresent()) {
            return TimeWindow.parse(
                    args.optionalString("start_time"), args.optionalString("end_time"), Duration.ZERO, data.clock());
        }
        long minutes = args.positiveInt("minutes", 15, 10_080);
        return TimeWindow.parse(
                Optional.empty(), args.optionalString("end_time"), Duration.ofMinutes(minutes), data.clock());
    }

    private ToolOutcome guidance(ToolArguments args) {
        String type = args.optionalString("resource_type").orElse("all").toLowerCase(Locale.ROOT);
        if (!guidance.hasType(type)) {
            throw new InvalidArgumentException(
                    "resource_type", "must be one of " + String.join(", ", guidance.types()) + " or all, got " + type);
        }
        return args.ok(guidance.forType(type));
    }
}
