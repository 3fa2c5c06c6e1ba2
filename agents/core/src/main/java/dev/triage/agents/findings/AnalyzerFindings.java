package dev.triage.agents.findings;

import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.tools.ToolResult;
import dev.triage.agents.trail.AgentFailure;
import dev.triage.agents.trail.Inquiry;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The EKS server's deterministic analyzers: {@code find_unhealthy}, read into findings. */
final class AnalyzerFindings {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int LIMIT = 200;

    private AnalyzerFindings() {}

    static List<Finding> find(ServerTools eks, Inquiry inquiry, Trail trail) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        if (inquiry.namespace() != null) {
            arguments.put("namespace", inquiry.namespace());
        }
        arguments.put("limit", LIMIT);
        ToolResult result = eks.call("find_unhealthy", arguments);
        if (!result.ok()) {
            throw new AgentFailure("find_unhealthy did not answer (" + firstLine(result.text()) + ")");
        }
        return parse(result.text(), trail);
    }

    static List<Finding> parse(String json, Trail trail) {
        try {
            JsonNode root = JSON.readTree(json);
            List<Finding> findings = new ArrayList<>();
            for (JsonNode node : root.path("findings")) {
                findings.add(JSON.treeToValue(node, Finding.class));
            }
            if (root.hasNonNull("truncated")) {
                trail.note("diagnostic: " + root.get("truncated").asString());
            }
            return findings;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            trail.note("diagnostic: find_unhealthy answered something that is not a findings report ("
                    + e.getClass().getSimpleName() + ").");
            return List.of();
        }
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("no answer");
    }
}
