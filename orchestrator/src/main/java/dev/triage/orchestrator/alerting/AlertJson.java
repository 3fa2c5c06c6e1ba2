package dev.triage.orchestrator.alerting;

import dev.triage.orchestrator.web.JsonReadErrors;
import dev.triage.orchestrator.web.RequestText;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the webhooks' JSON: strict UTF-8, one document, no duplicate keys (else 400), and typed field access that
 * answers 422 naming the field's path ({@code alerts[2].labels}) when a field is missing or of the wrong type.
 */
final class AlertJson {

    /** Alertmanager groups can be large; PagerDuty's and the generic payloads are far smaller. */
    static final int MAX_BYTES = 1024 * 1024;

    private AlertJson() {}

    static byte[] read(InputStream body) throws IOException {
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw AlertProblems.problem(
                    HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + MAX_BYTES + " bytes");
        }
        return bytes;
    }

    static JsonNode tree(byte[] body, JsonMapper json) {
        try {
            return json.readerFor(JsonNode.class)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readValue(RequestText.utf8(body));
        } catch (JacksonException e) {
            throw AlertProblems.badRequest("malformed JSON: " + JsonReadErrors.describe(e));
        }
    }

    static JsonNode object(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isObject()) {
            throw AlertProblems.invalid(path, node == null ? "is required (an object)" : "must be an object");
        }
        return node;
    }

    static JsonNode array(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isArray()) {
            throw AlertProblems.invalid(path, node == null ? "is required (an array)" : "must be an array");
        }
        return node;
    }

    static String requiredText(JsonNode parent, String name, String path) {
        String text = text(parent, name, path);
        if (text == null || text.isBlank()) {
            throw AlertProblems.invalid(path, "is required (a non-empty string)");
        }
        return text;
    }

    /** The field's string; null when absent or JSON null; any other type is a 422. */
    static String text(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw AlertProblems.invalid(
                    path, "must be a string, was " + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return node.stringValue();
    }

    /** An object of string values (labels, annotations), in document order; empty when absent. */
    static Map<String, String> strings(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        Map<String, String> values = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isObject()) {
            throw AlertProblems.invalid(path, "must be an object of strings");
        }
        for (String key : node.propertyNames()) {
            values.put(key, text(node, key, path + "." + key));
        }
        return values;
    }
}
