package dev.triage.mcp.runbook.ledger;

import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One run of a proposal's plan.
 *
 * @param approvalId the approval it consumed; null when policy needed none
 * @param status RUNNING, SUCCEEDED or FAILED
 * @param executedBy the person who asked for the run, as the caller named them
 */
public record ExecutionRecord(
        String executionId,
        String proposalId,
        String approvalId,
        String status,
        Instant startedAt,
        Instant finishedAt,
        List<Step> steps,
        String executedBy) {

    public ExecutionRecord {
        steps = List.copyOf(steps);
    }

    /**
     * @param status RUNNING, DONE, VERIFIED, UNVERIFIED (a check that could observe nothing) or FAILED
     * @param detail what was sent or checked, and what came back
     */
    public record Step(
            int index, String action, String status, JsonNode detail, Instant startedAt, Instant finishedAt) {}
}
