package dev.triage.orchestrator.alerting;

import dev.triage.agents.routing.RequestSource;
import dev.triage.model.Severity;
import dev.triage.orchestrator.investigation.IntakeRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Alertmanager's webhook payload, version 4: a group of alerts, each firing or resolved. Each firing alert is its own
 * request, its question built from {@code alertname}, the namespace/pod/deployment/node labels and the
 * {@code summary} annotation; its deduplication key is Alertmanager's {@code fingerprint} with {@code startsAt}, so
 * the group's re-sends every {@code group_interval} are duplicates while a new firing of the same alert is not.
 * Unknown fields are ignored: Alertmanager adds them over versions.
 */
final class AlertmanagerPayload {

    private static final List<String> PLACES = List.of("namespace", "pod", "deployment", "statefulset", "node");

    private AlertmanagerPayload() {}

    static List<ReceivedAlert> read(JsonNode payload) {
        if (!payload.isObject()) {
            throw AlertProblems.invalid("$", "must be an Alertmanager webhook payload (a JSON object)");
        }
        String version = AlertJson.requiredText(payload, "version", "version");
        if (!version.equals("4")) {
            throw AlertProblems.invalid(
                    "version",
                    "must be \"4\" (Alertmanager's webhook payload version), was \"" + AlertText.oneLine(version, 20)
                            + "\"");
        }
        JsonNode alerts = AlertJson.array(payload, "alerts", "alerts");
        List<ReceivedAlert> received = new ArrayList<>();
        for (int i = 0; i < alerts.size(); i++) {
            received.add(alert(alerts.get(i), "alerts[" + i + "]"));
        }
        return received;
    }

    private static ReceivedAlert alert(JsonNode alert, String path) {
        if (!alert.isObject()) {
            throw AlertProblems.invalid(path, "must be an object");
        }
        String status = AlertJson.requiredText(alert, "status", path + ".status");
        String key = "alertmanager:" + AlertJson.requiredText(alert, "fingerprint", path + ".fingerprint") + "@"
                + AlertJson.requiredText(alert, "startsAt", path + ".startsAt");
        Map<String, String> labels = AlertJson.strings(alert, "labels", path + ".labels");
        Map<String, String> annotations = AlertJson.strings(alert, "annotations", path + ".annotations");
        return switch (status) {
            case "resolved" -> new ReceivedAlert.Resolved(key, alert);
            case "firing" -> firing(key, labels, annotations, alert);
            default ->
                throw AlertProblems.invalid(
                        path + ".status",
                        "must be \"firing\" or \"resolved\", was \"" + AlertText.oneLine(status, 20) + "\"");
        };
    }

    private static ReceivedAlert firing(
            String key, Map<String, String> labels, Map<String, String> annotations, JsonNode alert) {
        String namespace = labels.get("namespace");
        if (namespace != null && !AlertText.isNamespace(namespace)) {
            return new ReceivedAlert.Unusable(
                    key, "label namespace '" + AlertText.oneLine(namespace, 80) + "' is not a namespace name", alert);
        }
        Severity severity = AlertSeverity.of(labels.get("severity")).orElse(null);
        IntakeRequest request = new IntakeRequest(
                RequestSource.ALERTMANAGER,
                labels.get("cluster"),
                namespace,
                question(labels, annotations),
                severity,
                AlertText.bounded(
                        AlertText.section("annotations", annotations) + AlertText.section("labels", labels),
                        AlertText.MAX_ALERT_TEXT_CHARS),
                key,
                null);
        return new ReceivedAlert.Firing(request, alert);
    }

    private static String question(Map<String, String> labels, Map<String, String> annotations) {
        StringBuilder question = new StringBuilder("Alert ").append(labels.getOrDefault("alertname", "(unnamed)"));
        Map<String, String> places = new LinkedHashMap<>();
        PLACES.forEach(place -> {
            if (labels.containsKey(place)) {
                places.put(place, labels.get(place));
            }
        });
        if (!places.isEmpty()) {
            List<String> where = new ArrayList<>();
            places.forEach((place, value) -> where.add(place + " " + value));
            question.append(" (").append(String.join(", ", where)).append(')');
        }
        String summary = annotations.getOrDefault("summary", annotations.get("description"));
        if (summary != null && !summary.isBlank()) {
            question.append(": ").append(summary);
        }
        return AlertText.oneLine(question.toString(), AlertText.MAX_QUESTION_CHARS);
    }
}
