package dev.triage.orchestrator.store;

import java.util.Objects;

/**
 * One stored step of an investigation's progress.
 *
 * @param seq 1, 2, 3... within the investigation, in the order the steps happened
 * @param payload an instance of {@code type.payloadType()}
 */
public record ProgressEvent(int seq, EventType type, Object payload) {

    public ProgressEvent {
        Objects.requireNonNull(type, "type").requireCarries(payload);
    }

    public boolean isLast() {
        return type == EventType.REPORT_READY;
    }
}
