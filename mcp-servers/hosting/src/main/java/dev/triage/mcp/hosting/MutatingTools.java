package dev.triage.mcp.hosting;

/** Whether a server serves tools that change the cluster ({@code triage.mcp.mutating-tools}). */
public enum MutatingTools {
    /** Hidden from tools/list and refused when called: the default, for servers with no approval check. */
    REFUSED,
    /** Served, because every mutating tool of this server verifies a human's approval itself before it acts. */
    APPROVAL_GATED
}
