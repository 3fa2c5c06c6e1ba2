package dev.triage.mcp.runbook.execution;

import dev.triage.mcp.runbook.ledger.ApprovalCheck;
import dev.triage.mcp.runbook.ledger.AuditAction;
import dev.triage.mcp.runbook.ledger.ProposalRecord;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.mcp.runbook.proposal.PlanStep;
import dev.triage.mcp.runbook.proposal.Proposal;
import dev.triage.mcp.runbook.proposal.ProposalRequest;
import dev.triage.mcp.runbook.proposal.Proposer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a stored proposal, and only after every check passes, in this order: the proposal exists and was not denied;
 * the approval given (or needed) could run it; proposed again against the cluster as it is now, it still passes
 * policy and gets the same id (nothing drifted); the approval, when policy requires one, is consumed (single use,
 * bound to the id, atomic against a concurrent run or revoke). Then the plan runs step by step,
 * each step recorded before and after, stopping at the first failure.
 */
public final class Executor {

    private static final Logger log = LoggerFactory.getLogger(Executor.class);

    private final Proposer proposer;
    private final RunbookLedger ledger;
    private final StepRunner steps;

    public Executor(Proposer proposer, RunbookLedger ledger, StepRunner steps) {
        this.proposer = proposer;
        this.ledger = ledger;
        this.steps = steps;
    }

    /**
     * Runs the proposal for {@code executedBy}, the person asking (the audit names them). {@code approvalId} may be
     * null: then only a proposal whose policy needs no approval runs.
     */
    public ExecutionOutcome execute(String proposalId, String approvalId, String executedBy) {
        Request request = new Request(proposalId, approvalId, executedBy);
        Optional<ProposalRecord> stored = ledger.proposal(proposalId);
        if (stored.isEmpty()) {
            return refuse(
                    request,
                    null,
                    "UNKNOWN_PROPOSAL",
                    "no proposal " + printable(proposalId)
                            + " was made: propose_remediation first, then have a human approve its proposalId");
        }
        if ("DENIED".equals(stored.get().status())) {
            // Even where policy would let it run unapproved: a human said no.
            return refuse(request, proposalId, "APPROVAL_DENIED", "proposal " + proposalId + " was denied");
        }
        Optional<ApprovalCheck.Rejected> approval =
                approvalId != null || stored.get().requiresApproval()
                        ? ledger.approvals().problem(approvalId, proposalId)
                        : Optional.empty();
        if (approval.isPresent()) {
            // Before proposing again: a used approval is "used", whatever the cluster now looks like.
            return rejected(request, approval.get());
        }
        Proposal fresh = proposer.propose(request(stored.get()));
        if (!Proposal.PROPOSED.equals(fresh.status())) {
            return refuse(request, proposalId, fresh.refusal().name(), "refused now: " + fresh.reason());
        }
        if (!proposalId.equals(fresh.proposalId())) {
            return refuse(
                    request,
                    proposalId,
                    "DRIFTED",
                    "the cluster changed since proposal " + proposalId + " was made (it would now be "
                            + fresh.proposalId() + "): propose again and have it approved");
        }
        if (!fresh.requiresApproval() && approvalId == null) {
            return run(fresh, null, executedBy);
        }
        return switch (ledger.approvals().consume(approvalId, proposalId)) {
            case ApprovalCheck.Consumed consumed -> run(fresh, consumed.approvalId(), executedBy);
            case ApprovalCheck.Rejected rejected -> rejected(request, rejected);
        };
    }

    private record Request(String proposalId, String approvalId, String executedBy) {}

    private ExecutionOutcome rejected(Request request, ApprovalCheck.Rejected rejected) {
        return refuse(
                request, request.proposalId(), "APPROVAL_" + rejected.problem().name(), rejected.reason());
    }

    private ExecutionOutcome run(Proposal proposal, String approvalId, String executedBy) {
        String executionId = ledger.executions().start(proposal.proposalId(), approvalId, executedBy);
        log.info(
                "Executing proposal {} ({} on {}) as {} for {}",
                proposal.proposalId(),
                proposal.runbook(),
                proposal.target(),
                executionId,
                executedBy);
        List<PlanStep> plan = proposal.plan();
        boolean succeeded = true;
        for (int i = 0; i < plan.size() && succeeded; i++) {
            succeeded = step(executionId, proposal, i, plan.get(i));
        }
        ledger.executions().finish(executionId, proposal.proposalId(), succeeded);
        return new ExecutionOutcome.Executed(
                ledger.executions().find(executionId).orElseThrow());
    }

    private boolean step(String executionId, Proposal proposal, int index, PlanStep step) {
        var executions = ledger.executions();
        executions.stepStarted(executionId, proposal.proposalId(), index, step.action(), StepDetails.planned(step));
        try {
            StepResult result = steps.run(proposal, index, step);
            executions.stepFinished(
                    executionId, proposal.proposalId(), index, step.action(), result.status(), result.detail());
            return true;
        } catch (RuntimeException e) {
            log.warn("Step {} ({}) of {} failed: {}", index, step.action(), executionId, e.getMessage());
            executions.stepFinished(
                    executionId, proposal.proposalId(), index, step.action(), "FAILED", StepDetails.failure(e));
            return false;
        }
    }

    /** Audited as the person's request that was refused: the trail shows who tried. */
    private ExecutionOutcome refuse(Request request, String proposalId, String kind, String reason) {
        Map<String, Object> detail = new HashMap<>(Map.of("refusal", kind, "reason", reason));
        ledger.audit(request.executedBy(), AuditAction.EXECUTION_REFUSED, proposalId, detail);
        log.info(
                "Execution of {} for {} refused ({}): {}",
                printable(request.proposalId()),
                request.executedBy(),
                kind,
                reason);
        return new ExecutionOutcome.Refused(kind, reason);
    }

    private static ProposalRequest request(ProposalRecord stored) {
        return new ProposalRequest(
                stored.runbook(),
                stored.target().namespace(),
                stored.target().kind(),
                stored.target().name(),
                new HashMap<>(stored.params()),
                stored.findingId(),
                stored.investigationId());
    }

    private static String printable(String text) {
        String clean = text.replaceAll("\\p{Cntrl}", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "..." : clean;
    }
}
