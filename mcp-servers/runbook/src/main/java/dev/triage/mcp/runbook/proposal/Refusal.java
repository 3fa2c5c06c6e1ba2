package dev.triage.mcp.runbook.proposal;

/** Why a proposal was refused, for a caller that acts on the kind of refusal rather than the words. */
public enum Refusal {
    /** The runbook id is not in the catalog. */
    UNKNOWN_RUNBOOK,
    /** The target's kind or name is not one the runbook can act on. */
    INVALID_TARGET,
    /** The target (or its namespace) does not exist in the cluster. */
    TARGET_NOT_FOUND,
    /** A parameter is unknown, missing, of the wrong type or out of bounds, or makes no change. */
    INVALID_PARAMETER,
    /** Policy forbids this runbook on this target. */
    FORBIDDEN_BY_POLICY,
    /** The finding the proposal answers is of a category the runbook does not address. */
    CATEGORY_MISMATCH
}
