package dev.triage.agents.master;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The specialists the master can route to. Descriptions are what a planning model reads. */
public enum SubAgent {
    DIAGNOSTIC("reads the cluster (status, events, logs) and runs the deterministic analyzers: crashes, errors, "
            + "pending or unhealthy pods, failing jobs, nodes"),
    ANALYSIS("reads CloudWatch metrics and logs: latency, saturation, throttling, CPU and memory trends"),
    REMEDIATION("proposes runbooks for the root causes found (dry runs a human approves); needs findings first");

    private final String description;

    SubAgent(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The lower-case name used in reports ({@code RouteStep.agent}). */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<SubAgent> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(a -> name != null && a.wireName().equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}
