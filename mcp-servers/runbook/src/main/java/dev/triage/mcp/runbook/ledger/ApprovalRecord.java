package dev.triage.mcp.runbook.ledger;

import java.time.Instant;

/**
 * A proposal and where the human decision on it stands.
 *
 * @param decision the decision in that status; null for {@link ApprovalStatus#PENDING}
 */
public record ApprovalRecord(ApprovalStatus status, ProposalRecord proposal, DecisionRecord decision) {

    /**
     * One decision as the ledger keeps it, without the approval's id: a listing must not hand out an approval that
     * can still run (the approver received the id; {@code approval} is its first 8 characters, as in the audit).
     *
     * @param decision GRANTED or DENIED
     */
    public record DecisionRecord(
            String approval,
            String decision,
            String decidedBy,
            Instant decidedAt,
            String reason,
            Instant expiresAt,
            Instant usedAt,
            String revokedBy,
            Instant revokedAt,
            String revokeReason) {}

    /** How the trail and listings refer to an approval: enough to tell approvals apart, too little to use one. */
    static String reference(String approvalId) {
        return approvalId.substring(0, 8);
    }
}
