package dev.triage.mcp.runbook.ledger;

/** What an audit entry records. */
public enum AuditAction {
    PROPOSED,
    APPROVED,
    DENIED,
    /** An unused approval was taken back before it ran. */
    REVOKED,
    EXECUTION_REFUSED,
    /** A person's request to run a proposal passed every check; its steps follow. */
    EXECUTION_STARTED,
    STEP_STARTED,
    STEP_DONE,
    STEP_FAILED,
    VERIFIED,
    /** A check ran where nothing could be observed (a cluster without controllers): not verified. */
    UNVERIFIED,
    ROLLED_BACK,
    INCIDENT_CREATED
}
