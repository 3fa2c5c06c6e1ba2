package dev.triage.orchestrator.approval;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code POST /api/v1/executions}, read strictly: {@code {"proposalId", "approvalId"}}, both required.
 * The approval id is required even where policy would let a proposal run unapproved: this endpoint runs only what
 * a human approved.
 */
record ExecutionBody(String proposalId, String approvalId) {

    static final int MAX_BYTES = 1024;
    private static final List<String> FIELDS = List.of("proposalId", "approvalId");
    private static final Pattern APPROVAL_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    static ExecutionBody parse(byte[] body, JsonMapper json) {
        JsonNode tree = JsonBodies.object(body, json, FIELDS);
        String proposalId = required(tree, "proposalId", "the proposalId of the remediation to run");
        ApprovalController.requireId(proposalId);
        String approvalId = required(tree, "approvalId", "the approvalId POST /api/v1/approvals/{id}/approve returned");
        return new ExecutionBody(proposalId, approvalId(approvalId));
    }

    private static String required(JsonNode tree, String field, String what) {
        String value = JsonBodies.text(tree, field);
        if (value == null || value.isBlank()) {
            throw ApprovalProblems.badRequest(field + " is required: " + what);
        }
        return value.strip();
    }

    /** Approval ids are UUIDs; anything else is a typo, told apart here rather than by the runbook server. */
    private static String approvalId(String text) {
        if (!APPROVAL_ID.matcher(text).matches()) {
            throw ApprovalProblems.badRequest(
                    "approvalId must be the approvalId (a UUID) that POST /api/v1/approvals/{id}/approve returned");
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
