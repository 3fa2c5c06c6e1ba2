package dev.triage.mcp.runbook.proposal;

/**
 * One field a step changes, before and after.
 *
 * @param field the field, e.g. {@code spec.replicas} or {@code containers[cart].resources.limits.memory}
 * @param from its value now; null when it is not set
 * @param to its value after the step
 */
public record Change(String field, String from, String to) {}
