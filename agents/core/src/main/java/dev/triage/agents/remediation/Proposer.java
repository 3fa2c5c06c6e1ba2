package dev.triage.agents.remediation;

import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.tools.ToolResult;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Remediation;
import dev.triage.model.ResourceRef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Asks the runbook server for a dry-run proposal; the server applies policy and never mutates on a proposal. Each
 * proposal is made for this investigation: its id, and so the approval a person gives it, is this investigation's.
 */
final class Proposer {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ServerTools runbooks;
    private final Trail trail;
    private final String investigationId;

    Proposer(ServerTools runbooks, Trail trail, String investigationId) {
        this.runbooks = runbooks;
        this.trail = trail;
        this.investigationId = investigationId;
    }

    Optional<Remediation> propose(
            String runbook, ResourceRef target, Map<String, String> params, String findingId, String rationale) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("runbook", runbook);
        if (target.namespace() != null) {
            arguments.put("namespace", target.namespace());
        }
        arguments.put("kind", target.kind());
        arguments.put("name", target.name());
        arguments.put("params", params);
        if (findingId != null) {
            arguments.put("finding_id", findingId);
        }
        arguments.put("investigation_id", investigationId);
        ToolResult result = runbooks.call("propose_remediation", arguments);
        if (!result.ok()) {
            trail.note("remediation: " + runbook + " for " + target + " could not be proposed ("
                    + result.text().lines().findFirst().orElse("") + ").");
            return Optional.empty();
        }
        return read(result.text(), runbook, target, params, findingId, rationale);
    }

    private Optional<Remediation> read(
            String json,
            String runbook,
            ResourceRef target,
            Map<String, String> params,
            String findingId,
            String rationale) {
        try {
            JsonNode node = JSON.readTree(json);
            String status = node.path("status").asString("PROPOSED");
            String reason = node.path("reason").asString("");
            String why = "REFUSED".equals(status) && !reason.isBlank()
                    ? rationale + " (refused: " + reason + ")"
                    : rationale;
            return Optional.of(new Remediation(
                    node.path("runbook").asString(runbook),
                    targetOf(node, target),
                    paramsOf(node, params),
                    node.path("risk").asString(""),
                    node.path("requiresApproval").asBoolean(true),
                    status,
                    findingId,
                    why,
                    node.path("proposalId").asString(null)));
        } catch (JacksonException e) {
            trail.note("remediation: propose_remediation answered something that is not a proposal.");
            return Optional.empty();
        }
    }

    private static ResourceRef targetOf(JsonNode node, ResourceRef asked) {
        JsonNode target = node.path("target");
        if (!target.hasNonNull("kind") || !target.hasNonNull("name")) {
            return asked;
        }
        String namespace = target.path("namespace").asString(null);
        return new ResourceRef(
                target.get("kind").asString(), namespace, target.get("name").asString());
    }

    private static Map<String, String> paramsOf(JsonNode node, Map<String, String> asked) {
        if (!node.path("params").isObject()) {
            return asked;
        }
        Map<String, String> params = new LinkedHashMap<>();
        node.path("params")
                .properties()
                .forEach(e -> params.put(e.getKey(), e.getValue().asString()));
        return params;
    }
}
