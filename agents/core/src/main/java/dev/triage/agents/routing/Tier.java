package dev.triage.agents.routing;

import java.util.Locale;

/** Where a model call is answered: a Bedrock model, the in-cluster vLLM, or the deterministic rules (no model). */
public enum Tier {
    BEDROCK,
    VLLM,
    RULES;

    /** The lower-case name used in reports ({@code ModelCall.tier}) and configuration. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
