package dev.triage.model;

public enum InvestigationStatus {
    RUNNING,
    COMPLETED,
    FAILED
}
