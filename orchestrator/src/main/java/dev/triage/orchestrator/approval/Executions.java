package dev.triage.orchestrator.approval;

import dev.triage.mcp.runbook.ledger.ExecutionLedger;
import dev.triage.mcp.runbook.ledger.ExecutionRecord;
import dev.triage.orchestrator.approval.Outcome.Refusal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a proposal through the runbook server's {@code execute_runbook}, which checks the approval, the policy and
 * drift before it changes anything, and reads the execution back from the ledger.
 */
final class Executions {

    private static final Pattern REFUSAL = Pattern.compile("refused \\(([A-Z_]+)\\): (.*)", Pattern.DOTALL);
    private static final Pattern STEP_FAILED =
            Pattern.compile("a step failed: .*?\"executionId\"\\s*:\\s*\"([0-9a-f-]{36})\"", Pattern.DOTALL);

    private final RunbookTools runbook;
    private final ExecutionLedger ledger;
    private final JsonMapper json;
    private final Function<String, Optional<String>> clusterOfProposal;

    /** {@code clusterOfProposal}: the cluster of the investigation that made a proposal, if it is known. */
    Executions(
            RunbookTools runbook,
            ExecutionLedger ledger,
            JsonMapper json,
            Function<String, Optional<String>> clusterOfProposal) {
        this.runbook = runbook;
        this.ledger = ledger;
        this.json = json;
        this.clusterOfProposal = clusterOfProposal;
    }

    Outcome<ExecutionRecord> execute(String proposalId, String approvalId, Person by) {
        Optional<String> problem = ApprovalRules.proposalId(proposalId).or(() -> ApprovalRules.approvalId(approvalId));
        if (problem.isPresent()) {
            return Decisions.invalid(problem.get());
        }
        Map<String, String> arguments = Map.of(
                "proposal_id", proposalId,
                "approval_id", ApprovalRules.normalizedUuid(approvalId),
                "executed_by", by.id());
        // The proposal's own cluster's runbook server runs it: the same Deployment name in another cluster is not it.
        return switch (runbook.call(clusterOfProposal.apply(proposalId), "execute_runbook", arguments)) {
            case RunbookTools.Reply.Ok ok -> ran(ok.text());
            case RunbookTools.Reply.Failed failed -> notRun(failed.message());
            case RunbookTools.Reply.Unavailable unavailable ->
                Outcome.refused(Refusal.UNAVAILABLE, "RUNBOOK_SERVER_UNAVAILABLE", unavailable.reason());
            case RunbookTools.Reply.Broken broken -> upstream(broken.reason());
        };
    }

    Outcome<ExecutionRecord> find(String executionId) {
        Optional<String> problem = ApprovalRules.executionId(executionId);
        if (problem.isPresent()) {
            return Decisions.invalid(problem.get());
        }
        return ledger.find(executionId)
                .<Outcome<ExecutionRecord>>map(Outcome::done)
                .orElseGet(
                        () -> Outcome.refused(Refusal.NOT_FOUND, "UNKNOWN_EXECUTION", "no execution " + executionId));
    }

    private Outcome<ExecutionRecord> ran(String text) {
        String executionId;
        try {
            executionId = json.readTree(text).path("executionId").asString("");
        } catch (JacksonException e) {
            return upstream("execute_runbook answered something that is not an execution");
        }
        return read(executionId);
    }

    /** A refusal changed nothing; a plan that ran and failed at a step is still an execution, read back. */
    private Outcome<ExecutionRecord> notRun(String message) {
        Matcher refusal = REFUSAL.matcher(message);
        if (refusal.find()) {
            String kind = refusal.group(1);
            Refusal refused = kind.equals("UNKNOWN_PROPOSAL") ? Refusal.NOT_FOUND : Refusal.CONFLICT;
            return Outcome.refused(refused, kind, refusal.group(0).strip());
        }
        Matcher stepFailed = STEP_FAILED.matcher(message);
        if (stepFailed.find()) {
            return read(stepFailed.group(1));
        }
        return upstream("the runbook server answered execute_runbook with an error: " + message);
    }

    private Outcome<ExecutionRecord> read(String executionId) {
        return ledger.find(executionId)
                .<Outcome<ExecutionRecord>>map(Outcome::done)
                .orElseGet(() -> upstream("the runbook server reported execution '" + ApprovalRules.shown(executionId)
                        + "', which the ledger does not hold: are the service and the runbook server on one "
                        + "database?"));
    }

    private static <T> Outcome<T> upstream(String reason) {
        return Outcome.refused(Refusal.UPSTREAM_ERROR, "RUNBOOK_SERVER_ERROR", reason);
    }
}
