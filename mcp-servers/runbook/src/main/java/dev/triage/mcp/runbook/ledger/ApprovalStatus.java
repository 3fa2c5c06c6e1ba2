package dev.triage.mcp.runbook.ledger;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a human's decision stands. {@link #PENDING} is a proposal that needs one and has none that holds (never
 * decided, or its approval expired or was revoked); the others are states of one decision.
 */
public enum ApprovalStatus {
    PENDING,
    /** Granted, unused, unexpired, not revoked: it can run the proposal once. */
    APPROVED,
    DENIED,
    REVOKED,
    /** Granted and used by a run. */
    USED,
    /** Granted, never used, past its expiry. */
    EXPIRED;

    /** The status named {@code text}, in any case; empty for a name that is none. */
    public static Optional<ApprovalStatus> named(String text) {
        String upper = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.name().equals(upper)).findFirst();
    }

    /** The SQL condition on a {@code runbook.approvals} row {@code a} for a decision in this status. */
    String condition() {
        return switch (this) {
            case APPROVED ->
                "a.decision = 'GRANTED' and a.used_at is null and a.revoked_at is null and a.expires_at > now()";
            case DENIED -> "a.decision = 'DENIED'";
            case REVOKED -> "a.revoked_at is not null";
            case USED -> "a.used_at is not null";
            case EXPIRED ->
                "a.decision = 'GRANTED' and a.used_at is null and a.revoked_at is null and a.expires_at <= now()";
            case PENDING -> throw new IllegalStateException("a pending proposal has no decision");
        };
    }

    /** Why a proposal whose latest decision is in this status cannot be decided again. */
    String asDecided() {
        return switch (this) {
            case DENIED -> "denied";
            case USED -> "used";
            default -> "approved, and the approval is still valid (revoke it first to change the decision)";
        };
    }

    /** Why a proposal whose latest decision is in this status has nothing to revoke. */
    String asNotRevocable() {
        return switch (this) {
            case USED -> "already run on its approval: a used approval cannot be revoked";
            case DENIED -> "denied, so there is no approval to revoke";
            case EXPIRED -> "approved, but the approval has expired and can no longer run";
            case REVOKED -> "already revoked";
            default -> "no longer revocable";
        };
    }

    /** When a decision entered this status, for ordering newest first. */
    String since() {
        return switch (this) {
            case USED -> "a.used_at";
            case REVOKED -> "a.revoked_at";
            case EXPIRED -> "a.expires_at";
            default -> "a.decided_at";
        };
    }
}
