package dev.triage.orchestrator.investigation;

/** What became of a request to start an investigation. */
public sealed interface StartOutcome {

    /** Accepted and queued: progress and the report are under {@code id}. */
    record Started(String id) implements StartOutcome {}

    /** The request named a cluster this service does not reach. */
    record UnknownCluster(String requested, String served) implements StartOutcome {}

    /** Every runner is busy and the queue is full; recorded as FAILED under {@code id}. */
    record Busy(String id, int queueCapacity) implements StartOutcome {}
}
