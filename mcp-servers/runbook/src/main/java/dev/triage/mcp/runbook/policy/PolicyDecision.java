package dev.triage.mcp.runbook.policy;

/**
 * What policy says about one runbook on one target.
 *
 * @param allowed whether the runbook may run there at all
 * @param requiresApproval whether a human must approve each run (meaningless when not allowed)
 * @param policy the name of the deciding policy; null when none matched
 * @param reason one line saying why, naming the policy
 */
public record PolicyDecision(boolean allowed, boolean requiresApproval, String policy, String reason) {}
