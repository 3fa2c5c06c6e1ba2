package dev.triage.mcp.runbook.ledger;

import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * One line of the audit trail.
 *
 * @param seq its place in the trail (across all proposals)
 * @param actor who acted: a human's name, or {@code runbook-server}
 * @param proposalId the proposal it concerns; null for an incident or a call naming no known proposal
 * @param detail what was done, as JSON
 */
public record AuditEntry(long seq, Instant at, String actor, AuditAction action, String proposalId, JsonNode detail) {}
