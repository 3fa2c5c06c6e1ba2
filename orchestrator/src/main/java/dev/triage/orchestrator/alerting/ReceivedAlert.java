package dev.triage.orchestrator.alerting;

import dev.triage.orchestrator.investigation.IntakeRequest;
import tools.jackson.databind.JsonNode;

/** One alert of a webhook's payload, read and checked: to investigate, resolved, or unusable and why. */
sealed interface ReceivedAlert {

    /** The alert as received, kept with a rejection. */
    JsonNode alert();

    /** A firing alert: {@code request} carries its fingerprint (the deduplication key). */
    record Firing(IntakeRequest request, JsonNode alert) implements ReceivedAlert {}

    /** A resolved alert: it annotates the investigation of {@code fingerprint} and starts nothing. */
    record Resolved(String fingerprint, JsonNode alert) implements ReceivedAlert {}

    /** Authenticated and well-formed, but not something to investigate; kept in the rejected alerts. */
    record Unusable(String fingerprint, String reason, JsonNode alert) implements ReceivedAlert {}
}
