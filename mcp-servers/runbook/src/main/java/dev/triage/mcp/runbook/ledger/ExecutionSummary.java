package dev.triage.mcp.runbook.ledger;

import dev.triage.model.ResourceRef;
import java.time.Instant;

/**
 * One execution as a listing shows it: what ran on what, for which investigation, at whose request, how it ended.
 *
 * @param approval the first 8 characters of the approval it used (as in the audit); null when none was needed
 * @param status RUNNING, SUCCEEDED or FAILED
 */
public record ExecutionSummary(
        String executionId,
        String proposalId,
        String investigationId,
        String runbook,
        ResourceRef target,
        String status,
        String executedBy,
        String approval,
        Instant startedAt,
        Instant finishedAt) {}
