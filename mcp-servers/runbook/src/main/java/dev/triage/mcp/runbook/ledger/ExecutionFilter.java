package dev.triage.mcp.runbook.ledger;

import java.util.Optional;

/**
 * Which executions to list; every part that is present must hold.
 *
 * @param status RUNNING, SUCCEEDED or FAILED
 * @param limit at most this many, newest first
 */
public record ExecutionFilter(
        Optional<String> status,
        Optional<String> proposalId,
        Optional<String> investigationId,
        Optional<String> runbook,
        int limit) {

    public ExecutionFilter {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
    }
}
