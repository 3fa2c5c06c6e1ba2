package dev.triage.orchestrator.slack;

import dev.triage.mcp.runbook.ledger.ExecutionRecord;
import dev.triage.model.Remediation;
import dev.triage.orchestrator.approval.ApprovalService;
import dev.triage.orchestrator.approval.Outcome;
import dev.triage.orchestrator.approval.Person;
import java.util.Optional;

/**
 * Runs an approved proposal for an approver who pressed Execute, through the approvals service (which checks the
 * single-use approval before the runbook server changes anything), and tells the report's thread that it started,
 * how each step went, and how it ended.
 */
final class RunbookRuns {

    private final ApprovalService approvals;
    private final SlackStore store;
    private final MessageRefresh messages;

    RunbookRuns(ApprovalService approvals, SlackStore store, MessageRefresh messages) {
        this.approvals = approvals;
        this.store = store;
        this.messages = messages;
    }

    /** @return why it was not started, for the person who pressed the button; empty when it ran (or tried to) */
    Optional<String> run(Buttons.Target target, Remediation runbook, Person by, DecisionModals.Context where) {
        Optional<String> approvalId = store.approvalFor(target.proposalId());
        if (approvalId.isEmpty()) {
            return Optional.of("This proposal was not approved in Slack, so Slack holds no approval to run it with: "
                    + "its approver runs it with POST /api/v1/executions. Nothing was run.");
        }
        messages.inThread(
                where.channel(),
                where.threadTs(),
                "▶️ " + SlackText.person(by.id()) + " is running *" + SlackText.escaped(runbook.runbook()) + "* on `"
                        + SlackText.escaped(String.valueOf(runbook.target())) + "`…");
        Outcome<ExecutionRecord> outcome = approvals.execute(target.proposalId(), approvalId.get(), by);
        messages.inThread(where.channel(), where.threadTs(), result(outcome));
        messages.refresh(target.investigationId(), where.channel(), where.messageTs());
        return Optional.empty();
    }

    private static String result(Outcome<ExecutionRecord> outcome) {
        return switch (outcome) {
            case Outcome.Done<ExecutionRecord> done -> steps(done.value());
            case Outcome.Refused<ExecutionRecord> refused ->
                "⛔ Not run (" + refused.code() + "): " + SlackText.escaped(refused.reason()) + ". Nothing was changed.";
        };
    }

    private static String steps(ExecutionRecord run) {
        StringBuilder text = new StringBuilder(run.status().equals("SUCCEEDED") ? "✅ " : "❌ ")
                .append("Execution `")
                .append(run.executionId())
                .append("` ")
                .append(run.status())
                .append(", run by ")
                .append(SlackText.person(run.executedBy()))
                .append(':');
        for (ExecutionRecord.Step step : run.steps()) {
            text.append("\n").append(step.index() + 1).append(". ").append(SlackText.escaped(step.action()));
            text.append(": *").append(step.status()).append('*');
        }
        return SlackText.cut(text.toString(), SlackText.SECTION_CHARS).text();
    }
}
