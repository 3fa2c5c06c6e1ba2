package dev.triage.mcp.runbook.policy;

/** What a policy selector judges a target by: its namespace, or (for runbooks acting on nodes) the node. */
public enum Scope {
    NAMESPACE,
    NODE
}
