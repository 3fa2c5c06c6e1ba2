package dev.triage.mcp.runbook.ledger;

import java.time.Instant;

/** The outcome of a human's approve or deny. */
public sealed interface Decision {

    /** A single-use approval, valid until {@code expiresAt}. */
    record Granted(String approvalId, String proposalId, Instant expiresAt) implements Decision {}

    record Denied(String approvalId, String proposalId) implements Decision {}

    record UnknownProposal(String proposalId) implements Decision {}

    /** Denied, executed, or approved with an approval still valid: one decision per proposal. */
    record AlreadyDecided(String proposalId, String state) implements Decision {}
}
