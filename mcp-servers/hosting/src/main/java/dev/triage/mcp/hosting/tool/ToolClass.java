package dev.triage.mcp.hosting.tool;

/** What calling a tool can expose or change; the hosting enforces the server-side switches per class. */
public enum ToolClass {
    /** Reads cluster state that carries no application data. */
    READ,
    /** Reads data that may carry application secrets or personal data (logs, events); can be switched off. */
    SENSITIVE_READ,
    /** Changes the cluster (or records something); served only with {@code triage.mcp.mutating-tools=approval-gated}. */
    MUTATING
}
