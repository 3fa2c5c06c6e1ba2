package dev.triage.orchestrator.approval;

import dev.triage.mcp.runbook.ledger.ApprovalRecord;
import dev.triage.mcp.runbook.ledger.ProposalRecord;
import dev.triage.model.ResourceRef;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A proposal and where its human decision stands, as a listing shows it: what would run, on what, for which
 * investigation, then the decision (none while pending), then the exact plan.
 *
 * @param status PENDING, APPROVED, DENIED, REVOKED, USED or EXPIRED
 * @param investigationId the investigation that proposed it; null for a proposal made outside one
 * @param decision who decided what, when and why; null while pending
 */
public record ApprovalEntry(
        String status,
        String proposalId,
        String investigationId,
        String runbook,
        ResourceRef target,
        Map<String, String> params,
        String risk,
        String findingId,
        Instant proposedAt,
        ApprovalRecord.DecisionRecord decision,
        JsonNode plan) {

    static ApprovalEntry of(ApprovalRecord record) {
        ProposalRecord proposal = record.proposal();
        return new ApprovalEntry(
                record.status().name(),
                proposal.proposalId(),
                proposal.investigationId(),
                proposal.runbook(),
                proposal.target(),
                proposal.params(),
                proposal.risk(),
                proposal.findingId(),
                proposal.createdAt(),
                record.decision(),
                proposal.plan());
    }
}
