package dev.triage.mcp.runbook.ledger;

import java.time.Instant;

/** The outcome of a human's approve, deny or revoke. */
public sealed interface Decision {

    /** A single-use approval, valid until {@code expiresAt}. */
    record Granted(String approvalId, String proposalId, Instant expiresAt) implements Decision {}

    record Denied(String approvalId, String proposalId) implements Decision {}

    /**
     * The proposal's unused approval was taken back: it can never run, and the proposal awaits a decision again.
     *
     * @param approvedBy who had given the approval revoked
     */
    record Revoked(String proposalId, String approvedBy, Instant revokedAt) implements Decision {}

    record UnknownProposal(String proposalId) implements Decision {}

    /** Denied, executed, or approved with an approval still valid: one decision per proposal. */
    record AlreadyDecided(String proposalId, String state) implements Decision {}

    /** A revoke found no approval that could still run: none given, or it was used, expired or revoked. */
    record NothingToRevoke(String proposalId, String state) implements Decision {}
}
