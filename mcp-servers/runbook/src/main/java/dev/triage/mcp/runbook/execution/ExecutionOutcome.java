package dev.triage.mcp.runbook.execution;

import dev.triage.mcp.runbook.ledger.ExecutionRecord;

/** What execute_runbook did: ran the plan (successfully or not), or refused to start it. */
public sealed interface ExecutionOutcome {

    /** The plan ran; {@code execution.status()} says whether every step succeeded. */
    record Executed(ExecutionRecord execution) implements ExecutionOutcome {}

    /**
     * Nothing ran.
     *
     * @param kind why, for a caller that acts on it: UNKNOWN_PROPOSAL, DRIFTED, a proposal refusal such as
     *     FORBIDDEN_BY_POLICY, or APPROVAL_MISSING / APPROVAL_UNKNOWN / APPROVAL_OTHER_PROPOSAL / APPROVAL_DENIED /
     *     APPROVAL_USED / APPROVAL_EXPIRED
     */
    record Refused(String kind, String reason) implements ExecutionOutcome {}
}
