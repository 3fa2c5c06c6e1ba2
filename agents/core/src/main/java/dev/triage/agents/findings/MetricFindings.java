package dev.triage.agents.findings;

import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.tools.ToolResult;
import dev.triage.agents.trail.AgentFailure;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Category;
import dev.triage.model.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CloudWatch server's deterministic analysis: {@code analyze_workload} over the question's scope (the workload
 * a question about slowness names, else the namespace, else the cluster), read into findings.
 *
 * <p>A memory climb the server marks as an OOM kill's lead-up is linked as a symptom of the {@code oom_killed}
 * finding the diagnostic agent reports for the same workload: the kill stays the root cause (and keeps its
 * remediation), and the report lists the memory series right under it. When the cluster side reported no such kill,
 * the report cuts the link and the climb stands as a root cause of its own.
 */
final class MetricFindings {

    static final String TOOL = "analyze_workload";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private MetricFindings() {}

    static List<Finding> find(ServerTools cloudwatch, Inquiry inquiry, Trail trail) {
        Optional<String> workload = NamedWorkload.in(inquiry.question());
        if (workload.isPresent()) {
            Optional<List<Finding>> found = analyze(cloudwatch, inquiry.namespace(), workload.get(), trail);
            if (found.isPresent()) {
                return found.get();
            }
            trail.note("analysis: no metrics for a workload named '" + workload.get() + "'; looked at "
                    + (inquiry.namespace() == null ? "the whole cluster" : "namespace " + inquiry.namespace())
                    + " instead.");
        }
        return analyze(cloudwatch, inquiry.namespace(), null, trail).orElseGet(() -> {
            trail.note("analysis: the CloudWatch server has no metrics for this scope.");
            return List.of();
        });
    }

    /** The findings, or empty when the server had no series for the scope. */
    private static Optional<List<Finding>> analyze(
            ServerTools cloudwatch, String namespace, String workload, Trail trail) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        if (namespace != null) {
            arguments.put("namespace", namespace);
        }
        if (workload != null) {
            arguments.put("workload", workload);
        }
        ToolResult result = cloudwatch.call(TOOL, arguments);
        if (!result.ok()) {
            throw new AgentFailure(TOOL + " did not answer ("
                    + result.text().lines().findFirst().orElse("no answer") + ")");
        }
        return result.text().strip().startsWith("{") ? Optional.of(parse(result.text(), trail)) : Optional.empty();
    }

    static List<Finding> parse(String json, Trail trail) {
        try {
            JsonNode root = JSON.readTree(json);
            Set<String> leadUps = new HashSet<>();
            root.path("oomLeadUps").forEach(id -> leadUps.add(id.asString()));
            List<Finding> findings = new ArrayList<>();
            for (JsonNode node : root.path("findings")) {
                Finding finding = JSON.treeToValue(node, Finding.class);
                findings.add(leadUps.contains(finding.id()) ? linkedToItsKill(finding) : finding);
            }
            root.path("notes").forEach(note -> trail.note("analysis: " + note.asString()));
            if (root.hasNonNull("truncated")) {
                trail.note("analysis: " + root.get("truncated").asString());
            }
            return findings;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            trail.note("analysis: " + TOOL + " answered something that is not an analysis ("
                    + e.getClass().getSimpleName() + ").");
            return List.of();
        }
    }

    private static Finding linkedToItsKill(Finding climb) {
        return climb.causedBy(Finding.idFor(Category.OOM_KILLED, climb.resource()));
    }
}
