package dev.triage.mcp.runbook.ledger;

/** The outcome of presenting an approval for an execution. */
public sealed interface ApprovalCheck {

    /** The approval was valid and is now used: it can never be presented again. */
    record Consumed(String approvalId, String decidedBy) implements ApprovalCheck {}

    record Rejected(Problem problem, String reason) implements ApprovalCheck {}

    /** Why an approval was not accepted. */
    enum Problem {
        /** No approval was given. */
        MISSING,
        /** No approval has this id: mistyped, or made up. */
        UNKNOWN,
        /** The approval is for another proposal (another runbook, target, parameters or investigation). */
        OTHER_PROPOSAL,
        DENIED,
        /** A person took the approval back before it was used. */
        REVOKED,
        USED,
        EXPIRED
    }
}
