package dev.triage.mcp.runbook.ledger;

import dev.triage.model.ResourceRef;
import java.time.Instant;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A proposal as the ledger keeps it: what an approval binds to.
 *
 * @param params the effective parameters the proposal id was computed from
 * @param plan the dry-run plan as it was shown when proposed
 * @param status PROPOSED, APPROVED, DENIED, EXECUTED or FAILED
 * @param createdAt when it was first proposed; null before it is stored
 * @param investigationId the investigation that proposed it; null for a proposal made outside one
 */
public record ProposalRecord(
        String proposalId,
        String runbook,
        ResourceRef target,
        Map<String, String> params,
        JsonNode plan,
        String risk,
        boolean requiresApproval,
        String status,
        String findingId,
        Instant createdAt,
        String investigationId) {

    public ProposalRecord {
        params = Map.copyOf(params);
    }
}
