package dev.triage.mcp.eks.findings;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.mcp.eks.cluster.NamespaceGuard;
import dev.triage.mcp.eks.diagnosis.Diagnoser;
import dev.triage.mcp.eks.diagnosis.Diagnosis;
import dev.triage.mcp.hosting.McpHostingProperties;
import dev.triage.mcp.hosting.bounds.Bounds;
import dev.triage.mcp.hosting.bounds.Cut;
import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The deterministic analyzers over the whole cluster or one namespace. */
@Component
class FindUnhealthyTools implements ToolGroup {

    static final int MAX_LIMIT = 200;
    static final String WITHHELD = "<withheld: sensitive reads are off on this server>";

    private static final String DESCRIPTION = """
            Find what is unhealthy, with no model involved: runs the deterministic analyzers (crash loops, OOM \
            kills, image pull errors, missing ConfigMaps/Secrets, unschedulable pods, probe failures, failed \
            jobs, volume errors, services without endpoints, NotReady nodes, evictions, stuck rollouts, quota) \
            and returns findings as JSON: id, category, severity, the resource and its owner, a summary, quoted \
            evidence (status fields, events, log lines), the pods affected, and causedBy linking a symptom to its \
            root cause. Root causes come first. Healthy clusters return no findings. Start here.""";

    private final ClusterConnection cluster;
    private final boolean sensitiveReads;
    private final JsonMapper json = JsonMapper.builder().build();

    FindUnhealthyTools(ClusterConnection cluster, McpHostingProperties hosting) {
        this.cluster = cluster;
        this.sensitiveReads = hosting.sensitiveReads();
    }

    @Override
    public List<ToolDefinition> tools() {
        var schema = InputSchema.builder()
                .string("namespace", "Namespace to examine; the whole cluster when omitted", KubernetesNames.NAMESPACE)
                .integer("limit", "Most findings to return (default 50); counts always cover all", 1, MAX_LIMIT)
                .build();
        return List.of(ToolDefinition.read("find_unhealthy", DESCRIPTION, schema, this::findUnhealthy));
    }

    private ToolOutcome findUnhealthy(ToolArguments args) {
        Optional<String> namespace = args.optionalString("namespace");
        Optional<String> problem = namespace.flatMap(ns -> NamespaceGuard.problemWith(cluster.client(), ns));
        if (problem.isPresent()) {
            return args.failed(problem.get());
        }
        Diagnosis diagnosis = new Diagnoser(cluster.client(), cluster.clock()).diagnose(namespace.orElse(null));
        Cut<List<Finding>> cut = Bounds.firstItems(diagnosis.findings(), args.positiveInt("limit", 50, MAX_LIMIT));
        List<Finding> shown = cut.kept().stream().map(this::visible).toList();
        String note = cut.note("pass a namespace or a larger limit to see the rest");
        return args.ok(json.writeValueAsString(
                FindingsReport.of(cluster.clusterName(), namespace.orElse(null), diagnosis, shown, note)));
    }

    /** With sensitive reads off, log and event quotes are withheld: the finding and where to look remain. */
    private Finding visible(Finding finding) {
        if (sensitiveReads) {
            return finding;
        }
        List<Evidence> evidence = finding.evidence().stream()
                .map(e -> e.source() == Evidence.Source.LOG || e.source() == Evidence.Source.EVENT
                        ? new Evidence(e.source(), e.ref(), WITHHELD)
                        : e)
                .toList();
        return finding.withEvidence(evidence);
    }
}
