package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.mcp.cloudwatch.metrics.MetricSource;
import dev.triage.mcp.cloudwatch.source.DataSource;
import dev.triage.mcp.cloudwatch.time.TimeWindow;
import dev.triage.mcp.hosting.bounds.Bounds;
import dev.triage.mcp.hosting.bounds.Cut;
import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import dev.triage.model.Finding;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** {@code analyze_workload}: the metric-backed findings for a namespace, workload or pod. */
@Component
class AnalyzeWorkloadTools implements ToolGroup {

    static final int MAX_MINUTES = 24 * 60;
    static final int MAX_SERIES = 60;
    static final int MAX_FINDINGS = 50;

    private static final String DESCRIPTION = """
            Analyze the Container Insights metrics of a namespace, one workload or one pod, with no model \
            involved: reads CPU and memory against the pod's limit, container restarts, network traffic and (for \
            a namespace or the cluster) node CPU and memory at one-minute resolution in one call, and returns \
            findings as JSON: RESOURCE_SATURATION when CPU is pinned at its limit (>= 90% for >= 10 min: \
            throttling, slow requests) or memory climbs to its limit (with whether the container restarted right \
            after: an OOM kill's lead-up), CRASH_LOOP for a rising restart count, and level shifts (the mean \
            before and after, and the minute it started). Every finding quotes the figures and times. Also \
            returns each series' figures (min, mean, p90, max, last). Start here for "why is X slow?".""";

    private final MetricSource metrics;
    private final DataSource data;
    private final JsonMapper json = JsonMapper.builder().build();

    AnalyzeWorkloadTools(MetricSource metrics, DataSource data) {
        this.metrics = metrics;
        this.data = data;
    }

    @Override
    public List<ToolDefinition> tools() {
        var schema = InputSchema.builder()
                .string("namespace", "Kubernetes namespace; the whole cluster when omitted", KubernetesNames.NAMESPACE)
                .string(
                        "workload",
                        "Workload name (Deployment, StatefulSet...): Container Insights' PodName",
                        KubernetesNames.OBJECT_NAME)
                .string(
                        "pod",
                        "One pod's full name (FullPodName), e.g. cart-7b9d6c5f48-vs4c7",
                        KubernetesNames.OBJECT_NAME)
                .integer("minutes", "How far back to look, ending now (default 60)", 15, MAX_MINUTES)
                .build();
        return List.of(ToolDefinition.read("analyze_workload", DESCRIPTION, schema, this::analyze));
    }

    private ToolOutcome analyze(ToolArguments args) {
        Scope scope = new Scope(
                args.optionalString("namespace").orElse(null),
                args.optionalString("workload").orElse(null),
                args.optionalString("pod").orElse(null));
        TimeWindow window = TimeWindow.lastMinutes(args.positiveInt("minutes", 60, MAX_MINUTES), data.clock());
        WorkloadAnalysis analysis =
                new WorkloadAnalyzer(metrics, data.clusterName()).analyze(scope, window.start(), window.end());
        if (analysis.series().isEmpty()) {
            return args.noData("no Container Insights series for " + scope + " in cluster " + data.clusterName()
                    + " between " + window.start() + " and " + window.end() + " (" + metrics.describe()
                    + "); list_metrics shows which namespaces and workloads have series");
        }
        return args.ok(json.writeValueAsString(answer(scope, window, analysis)));
    }

    private Answer answer(Scope scope, TimeWindow window, WorkloadAnalysis analysis) {
        Cut<List<SeriesFigures>> series = Bounds.firstItems(analysis.series(), MAX_SERIES);
        Cut<List<Finding>> findings = Bounds.firstItems(analysis.findings(), MAX_FINDINGS);
        String truncated = String.join(
                        " ",
                        series.note("name a workload to see its series"),
                        findings.note("name a namespace or workload to see the rest"))
                .strip();
        return new Answer(
                scope.toString(),
                data.clusterName(),
                metrics.describe(),
                new Window(window.start().toString(), window.end().toString()),
                series.kept(),
                findings.kept(),
                analysis.oomLeadUps(),
                analysis.notes(),
                truncated.isEmpty() ? null : truncated);
    }

    /** The JSON answer. {@code oomLeadUps}: saturation findings whose memory climb ended in a restart. */
    record Answer(
            String scope,
            String cluster,
            String source,
            Window window,
            List<SeriesFigures> series,
            List<Finding> findings,
            List<String> oomLeadUps,
            List<String> notes,
            String truncated) {}

    record Window(String start, String end) {}
}
