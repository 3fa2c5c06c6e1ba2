package dev.triage.orchestrator.approval;

import dev.triage.mcp.runbook.ledger.AuditEntry;
import dev.triage.mcp.runbook.ledger.ExecutionRecord;
import dev.triage.mcp.runbook.ledger.ExecutionSummary;
import dev.triage.mcp.runbook.ledger.ProposalRecord;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one way a person's decision on a proposed runbook, or a run of it, comes about, whichever channel carries it
 * (the REST API now; Slack and the chat UI after it): one set of rules, and the only part of the service that
 * touches the runbook ledger. Every answer is an {@link Outcome}: done, or refused with a code and a reason, having
 * changed nothing.
 *
 * <p>The rules: a decision needs a proposal that exists; an approval is single-use, bound to one proposal (runbook,
 * target, parameters, investigation) and lives for its ttl (15 minutes by default, at most 24 hours); a denial is
 * final; an approval that could still run can be revoked, with a reason, by anyone who may decide, and the proposal
 * then awaits a decision again; a run needs the approval id, and the runbook server checks it before anything
 * changes. The audit trail names who approved, denied, revoked and ran.
 */
public final class ApprovalService {

    private final Decisions decisions;
    private final Executions executions;
    private final Listings listings;

    /** {@code clusterOfInvestigation}: the cluster an investigation looked at, by its id, if it is known. */
    ApprovalService(
            RunbookLedger ledger,
            RunbookTools runbook,
            JsonMapper json,
            Function<String, Optional<String>> clusterOfInvestigation) {
        this.decisions = new Decisions(ledger.approvals());
        this.executions = new Executions(runbook, ledger.executions(), json, proposal -> ledger.proposal(proposal)
                .map(ProposalRecord::investigationId)
                .flatMap(clusterOfInvestigation));
        this.listings = new Listings(ledger);
    }

    /**
     * Which executions to list, newest first; null parts do not narrow.
     *
     * @param status RUNNING, SUCCEEDED or FAILED
     */
    public record ExecutionQuery(String status, String proposalId, String investigationId, String runbook, int limit) {}

    /**
     * Proposals by where their decision stands: PENDING (awaiting one, oldest first), APPROVED, DENIED, REVOKED,
     * USED or EXPIRED (newest first); of one investigation when {@code investigationId} is not null.
     */
    public Outcome<List<ApprovalEntry>> approvals(String status, String investigationId, int limit) {
        return listings.approvals(status, investigationId, limit);
    }

    /** @param ttl how long the approval may be used; null for the default */
    public Outcome<Decided.Approved> approve(String proposalId, Person by, String reason, Duration ttl) {
        return decisions.approve(proposalId, by, reason, ttl);
    }

    public Outcome<Decided.Denied> deny(String proposalId, Person by, String reason) {
        return decisions.deny(proposalId, by, reason);
    }

    public Outcome<Decided.Revoked> revoke(String proposalId, Person by, String reason) {
        return decisions.revoke(proposalId, by, reason);
    }

    /** Runs the proposal on the approval, for {@code by}; a plan that failed at a step is done, with status FAILED. */
    public Outcome<ExecutionRecord> execute(String proposalId, String approvalId, Person by) {
        return executions.execute(proposalId, approvalId, by);
    }

    public Outcome<ExecutionRecord> execution(String executionId) {
        return executions.find(executionId);
    }

    public Outcome<List<ExecutionSummary>> executions(ExecutionQuery query) {
        return listings.executions(query);
    }

    /** Everything done to and refused for the proposal, in order. */
    public Outcome<List<AuditEntry>> audit(String proposalId) {
        return listings.audit(proposalId);
    }
}
