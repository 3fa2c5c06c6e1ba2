package dev.triage.model;

/** How urgently a finding needs a person, most urgent first. */
public enum Severity {
    /** Users are affected now: a serving workload has no ready capacity, a node is down. */
    CRITICAL,
    /** Something is failing and will hurt if left alone: crash loops, failed jobs, stuck rollouts. */
    HIGH,
    /** Degraded but serving: partial unavailability, pressure conditions. */
    MEDIUM,
    /** Worth knowing: a warning that has not yet caused a failure. */
    LOW
}
