package dev.triage.orchestrator.approval;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code POST /api/v1/executions}, read strictly: {@code {"proposalId", "approvalId"}}, both required.
 * The approval id is required even where policy would let a proposal run unapproved: this endpoint runs only what
 * a human approved. What the ids must look like is the approvals service's rule.
 */
record ExecutionBody(String proposalId, String approvalId) {

    static final int MAX_BYTES = 1024;
    private static final List<String> FIELDS = List.of("proposalId", "approvalId");

    static ExecutionBody parse(byte[] body, JsonMapper json) {
        JsonNode tree = JsonBodies.object(body, json, FIELDS);
        return new ExecutionBody(
                required(tree, "proposalId", "the proposalId of the remediation to run"),
                required(tree, "approvalId", "the approvalId POST /api/v1/approvals/{id}/approve returned"));
    }

    private static String required(JsonNode tree, String field, String what) {
        String value = JsonBodies.text(tree, field);
        if (value == null || value.isBlank()) {
            throw ApprovalProblems.badRequest(field + " is required: " + what);
        }
        return value.strip();
    }
}
