package dev.triage.orchestrator.alerting;

import dev.triage.agents.routing.RequestSource;
import dev.triage.model.Severity;
import dev.triage.orchestrator.investigation.IntakeRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A PagerDuty V3 webhook event. {@code incident.triggered} and {@code incident.reopened} are investigated, once per
 * incident inside the dedupe window (the key is the incident's id); every other event type is acknowledged and
 * ignored. Unknown fields are ignored: PagerDuty adds them.
 */
final class PagerDutyPayload {

    static final List<String> INVESTIGATED = List.of("incident.triggered", "incident.reopened");

    private PagerDutyPayload() {}

    /** The event's alert, or empty when its type is one that is not investigated. */
    static Optional<ReceivedAlert> read(JsonNode payload) {
        if (!payload.isObject()) {
            throw AlertProblems.invalid("$", "must be a PagerDuty V3 webhook payload (a JSON object)");
        }
        JsonNode event = AlertJson.object(payload, "event", "event");
        String type = AlertJson.requiredText(event, "event_type", "event.event_type");
        if (!INVESTIGATED.contains(type)) {
            return Optional.empty();
        }
        JsonNode incident = AlertJson.object(event, "data", "event.data");
        String id = AlertJson.requiredText(incident, "id", "event.data.id");
        String title = AlertJson.text(incident, "title", "event.data.title");
        String question = "PagerDuty incident" + (title == null || title.isBlank() ? " " + id : ": " + title);
        IntakeRequest request = new IntakeRequest(
                RequestSource.PAGERDUTY,
                null,
                null,
                AlertText.oneLine(question, AlertText.MAX_QUESTION_CHARS),
                severity(incident),
                AlertText.bounded(
                        AlertText.section("incident", details(incident, type)), AlertText.MAX_ALERT_TEXT_CHARS),
                "pagerduty:" + id,
                null);
        return Optional.of(new ReceivedAlert.Firing(request, event));
    }

    // The incident's priority when it has one (P1..P5), else its urgency (high, low).
    private static Severity severity(JsonNode incident) {
        JsonNode priority = incident.get("priority");
        if (priority != null && priority.isObject()) {
            Optional<Severity> named =
                    AlertSeverity.of(AlertJson.text(priority, "summary", "event.data.priority.summary"));
            if (named.isPresent()) {
                return named.get();
            }
        }
        return AlertSeverity.of(AlertJson.text(incident, "urgency", "event.data.urgency"))
                .orElse(null);
    }

    private static Map<String, String> details(JsonNode incident, String type) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("event", type);
        for (String field : List.of("title", "number", "status", "urgency", "html_url", "incident_key")) {
            JsonNode value = incident.get(field);
            if (value != null && value.isValueNode() && !value.isNull()) {
                details.put(field, value.asString());
            }
        }
        JsonNode service = incident.get("service");
        if (service != null && service.isObject() && service.get("summary") != null) {
            details.put("service", service.get("summary").asString());
        }
        return details;
    }
}
