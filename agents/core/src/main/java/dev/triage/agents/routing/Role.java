package dev.triage.agents.routing;

import java.util.Locale;

/** The agent making a model call; the policy routes on it. */
public enum Role {
    MASTER,
    DIAGNOSTIC,
    ANALYSIS,
    REMEDIATION;

    /** The lower-case name used in reports ({@code ModelCall.agent}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
