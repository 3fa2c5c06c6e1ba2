package dev.triage.orchestrator.slack;

import dev.triage.mcp.runbook.ledger.ApprovalRecord.DecisionRecord;
import dev.triage.orchestrator.approval.ApprovalEntry;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Where one proposed runbook stands in the approvals ledger, as a message shows it: its decision and its dry-run plan
 * in a few lines.
 *
 * @param status PENDING, APPROVED, DENIED, REVOKED, USED or EXPIRED
 * @param decision who decided, when and why; null while pending
 * @param plan one line per step of the dry run: what it does, and each field it changes
 */
record ProposalState(String status, DecisionRecord decision, List<String> plan) {

    ProposalState {
        plan = List.copyOf(plan);
    }

    static ProposalState of(ApprovalEntry entry) {
        return new ProposalState(entry.status(), entry.decision(), planLines(entry.plan()));
    }

    boolean awaitsDecision() {
        return status.equals("PENDING");
    }

    private static List<String> planLines(JsonNode plan) {
        List<String> lines = new ArrayList<>();
        if (plan == null || !plan.isArray()) {
            return lines;
        }
        for (JsonNode step : plan) {
            StringBuilder line = new StringBuilder(
                    step.path("description").asString(step.path("action").asString("")));
            for (JsonNode change : step.path("changes")) {
                line.append("; ")
                        .append(change.path("field").asString(""))
                        .append(": ")
                        .append(value(change.get("from")))
                        .append(" → ")
                        .append(change.path("to").asString(""));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private static String value(JsonNode node) {
        return node == null || node.isNull() ? "(unset)" : node.asString();
    }
}
