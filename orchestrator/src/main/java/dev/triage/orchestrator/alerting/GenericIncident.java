package dev.triage.orchestrator.alerting;

import dev.triage.agents.routing.RequestSource;
import dev.triage.model.Severity;
import dev.triage.orchestrator.investigation.IntakeRequest;
import dev.triage.orchestrator.web.RequestText;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The generic JSON incident of {@code POST /api/v1/alerts}, for any pipeline: {@code title} (required),
 * {@code severity}, {@code cluster}, {@code namespace}, {@code resource} as {@code Kind/name}, {@code labels},
 * {@code fingerprint}, {@code description}. Read strictly: an unknown field is a 422 naming it. Without a
 * fingerprint, the deduplication key is a hash of the title and the resource.
 */
final class GenericIncident {

    static final List<String> FIELDS =
            List.of("title", "severity", "cluster", "namespace", "resource", "labels", "fingerprint", "description");
    private static final Pattern RESOURCE =
            Pattern.compile("[A-Za-z][A-Za-z0-9]*/[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?");
    private static final int MAX_TITLE_CHARS = 500;
    private static final int MAX_FINGERPRINT_CHARS = 200;
    private static final int MAX_CLUSTER_CHARS = 100;

    private GenericIncident() {}

    static ReceivedAlert read(JsonNode payload) {
        if (!payload.isObject()) {
            throw AlertProblems.invalid("$", "must be a JSON object such as {\"title\": \"...\"}");
        }
        payload.propertyNames().stream()
                .filter(name -> !FIELDS.contains(name))
                .findFirst()
                .ifPresent(name -> {
                    throw AlertProblems.invalid(name, "is not a field of this webhook; the fields are " + FIELDS);
                });
        String title = AlertJson.requiredText(payload, "title", "title");
        if (RequestText.length(title) > MAX_TITLE_CHARS) {
            throw AlertProblems.invalid("title", "must be at most " + MAX_TITLE_CHARS + " characters");
        }
        Severity severity = severity(AlertJson.text(payload, "severity", "severity"));
        String cluster = bounded(payload, "cluster", MAX_CLUSTER_CHARS);
        String namespace = AlertJson.text(payload, "namespace", "namespace");
        if (namespace != null && !AlertText.isNamespace(namespace)) {
            throw AlertProblems.invalid(
                    "namespace",
                    "must be a Kubernetes namespace name (lower-case letters, "
                            + "digits and '-', at most 63 characters)");
        }
        String resource = AlertJson.text(payload, "resource", "resource");
        if (resource != null && !RESOURCE.matcher(resource).matches()) {
            throw AlertProblems.invalid("resource", "must be Kind/name, such as Deployment/checkout");
        }
        Map<String, String> labels = AlertJson.strings(payload, "labels", "labels");
        String fingerprint = bounded(payload, "fingerprint", MAX_FINGERPRINT_CHARS);
        String description = AlertJson.text(payload, "description", "description");
        String key = "webhook:"
                + (fingerprint != null ? fingerprint : hash(title + "\n" + (resource == null ? "" : resource)));
        IntakeRequest request = new IntakeRequest(
                RequestSource.WEBHOOK,
                cluster,
                namespace,
                question(title, resource, namespace),
                severity,
                AlertText.bounded(alertText(description, labels), AlertText.MAX_ALERT_TEXT_CHARS),
                key,
                null);
        return new ReceivedAlert.Firing(request, payload);
    }

    private static Severity severity(String word) {
        if (word == null) {
            return null;
        }
        return AlertSeverity.of(word)
                .orElseThrow(() -> AlertProblems.invalid("severity", "must be one of " + AlertSeverity.ACCEPTED));
    }

    private static String bounded(JsonNode payload, String field, int max) {
        String value = AlertJson.text(payload, field, field);
        if (value != null && (value.isBlank() || RequestText.length(value) > max)) {
            throw AlertProblems.invalid(field, "must be 1 to " + max + " characters");
        }
        return value;
    }

    private static String question(String title, String resource, String namespace) {
        StringBuilder question = new StringBuilder(title);
        if (resource != null || namespace != null) {
            question.append(" (");
            if (resource != null) {
                question.append(resource);
            }
            if (namespace != null) {
                question.append(resource != null ? " in namespace " : "namespace ")
                        .append(namespace);
            }
            question.append(')');
        }
        return AlertText.oneLine(question.toString(), AlertText.MAX_QUESTION_CHARS);
    }

    private static String alertText(String description, Map<String, String> labels) {
        Map<String, String> text = new LinkedHashMap<>();
        if (description != null && !description.isBlank()) {
            text.put("description", description);
        }
        return AlertText.section("incident", text) + AlertText.section("labels", labels);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
