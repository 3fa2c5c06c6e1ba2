package dev.triage.mcp.runbook.policy;

import dev.triage.mcp.runbook.catalog.Risk;

/** When a human must approve a run. */
public enum Approval {
    /** Every run. */
    ALWAYS,
    /** Runs of medium- and high-risk runbooks; low-risk ones run on their own. */
    ABOVE_LOW_RISK;

    boolean required(Risk risk) {
        return this == ALWAYS || risk != Risk.LOW;
    }
}
