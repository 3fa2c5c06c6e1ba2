package dev.triage.orchestrator.approval;

import java.time.Instant;

/** A human's decision on a proposal, as it was recorded. */
public sealed interface Decided {

    String proposalId();

    /**
     * A single-use approval: {@code approvalId} runs the proposal once, until {@code expiresAt}. Only the approver
     * receives it; listings and the audit show its first 8 characters.
     */
    record Approved(String approvalId, String proposalId, Instant expiresAt, String decidedBy) implements Decided {}

    record Denied(String proposalId, String decidedBy) implements Decided {}

    /** The approval that could still run was taken back; the proposal awaits a decision again. */
    record Revoked(String proposalId, String revokedBy, String approvedBy, Instant revokedAt) implements Decided {}
}
