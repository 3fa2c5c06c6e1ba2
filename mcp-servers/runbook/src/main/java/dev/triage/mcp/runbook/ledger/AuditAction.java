package dev.triage.mcp.runbook.ledger;

/** What an audit entry records. */
public enum AuditAction {
    PROPOSED,
    APPROVED,
    DENIED,
    EXECUTION_REFUSED,
    STEP_STARTED,
    STEP_DONE,
    STEP_FAILED,
    VERIFIED,
    ROLLED_BACK,
    INCIDENT_CREATED
}
