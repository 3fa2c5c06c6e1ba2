package dev.triage.model;

/** Where an investigation is: waiting for a runner, being run, or ended. */
public enum InvestigationStatus {
    /** Accepted and stored; waiting for a runner (every runner is busy, or it is about to be claimed). */
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED
}
