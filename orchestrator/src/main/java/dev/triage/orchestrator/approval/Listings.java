package dev.triage.orchestrator.approval;

import dev.triage.mcp.runbook.ledger.ApprovalStatus;
import dev.triage.mcp.runbook.ledger.AuditEntry;
import dev.triage.mcp.runbook.ledger.ExecutionFilter;
import dev.triage.mcp.runbook.ledger.ExecutionSummary;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What the ledger shows people: proposals by decision status, executions, and one proposal's audit trail. */
final class Listings {

    private static final Set<String> EXECUTION_STATUSES = Set.of("RUNNING", "SUCCEEDED", "FAILED");

    private final RunbookLedger ledger;

    Listings(RunbookLedger ledger) {
        this.ledger = ledger;
    }

    Outcome<List<ApprovalEntry>> approvals(String status, String investigationId, int limit) {
        Optional<ApprovalStatus> named = ApprovalStatus.named(status);
        if (named.isEmpty()) {
            return Outcome.refused(
                    Outcome.Refusal.INVALID,
                    "UNKNOWN_STATUS",
                    "status must be one of " + Arrays.toString(ApprovalStatus.values()) + ", was '"
                            + ApprovalRules.shown(status) + "'");
        }
        Optional<String> problem =
                ApprovalRules.investigationId(investigationId).or(() -> ApprovalRules.limit(limit));
        if (problem.isPresent()) {
            return Decisions.invalid(problem.get());
        }
        return Outcome.done(ledger.approvals().list(named.get(), Optional.ofNullable(investigationId), limit).stream()
                .map(ApprovalEntry::of)
                .toList());
    }

    Outcome<List<ExecutionSummary>> executions(ApprovalService.ExecutionQuery query) {
        Optional<String> status =
                Optional.ofNullable(query.status()).map(s -> s.strip().toUpperCase(Locale.ROOT));
        if (status.isPresent() && !EXECUTION_STATUSES.contains(status.get())) {
            return Outcome.refused(
                    Outcome.Refusal.INVALID,
                    "UNKNOWN_STATUS",
                    "status must be one of [FAILED, RUNNING, SUCCEEDED], was '" + ApprovalRules.shown(query.status())
                            + "'");
        }
        Optional<String> problem = Optional.ofNullable(query.proposalId())
                .flatMap(ApprovalRules::proposalId)
                .or(() -> ApprovalRules.investigationId(query.investigationId()))
                .or(() -> ApprovalRules.runbookId(query.runbook()))
                .or(() -> ApprovalRules.limit(query.limit()));
        if (problem.isPresent()) {
            return Decisions.invalid(problem.get());
        }
        return Outcome.done(ledger.executions()
                .list(new ExecutionFilter(
                        status,
                        Optional.ofNullable(query.proposalId()),
                        Optional.ofNullable(query.investigationId()),
                        Optional.ofNullable(query.runbook()),
                        query.limit())));
    }

    Outcome<List<AuditEntry>> audit(String proposalId) {
        Optional<String> problem = ApprovalRules.proposalId(proposalId);
        if (problem.isPresent()) {
            return Decisions.invalid(problem.get());
        }
        if (ledger.proposal(proposalId).isEmpty()) {
            return Decisions.unknownProposal(proposalId);
        }
        return Outcome.done(ledger.auditTrail(proposalId));
    }
}
