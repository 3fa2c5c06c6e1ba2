package dev.triage.orchestrator.approval;

import dev.triage.orchestrator.web.JsonReadErrors;
import dev.triage.orchestrator.web.RequestText;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The package's request bodies read strictly: bounded, one JSON object (an empty body counts as {@code {}}), only
 * known fields, strings where strings are expected. Every way one can be wrong is a 4xx problem that says what.
 */
final class JsonBodies {

    private JsonBodies() {}

    /** Up to {@code maxBytes}; a longer body is refused without being held in memory. */
    static byte[] read(InputStream body, int maxBytes) throws IOException {
        byte[] bytes = body.readNBytes(maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw ApprovalProblems.problem(
                    HttpStatus.CONTENT_TOO_LARGE, "the body is larger than " + maxBytes + " bytes");
        }
        return bytes;
    }

    static JsonNode object(byte[] body, JsonMapper json, List<String> fields) {
        if (body.length == 0) {
            return json.createObjectNode();
        }
        JsonNode tree;
        try {
            tree = json.readerFor(JsonNode.class)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readValue(RequestText.utf8(body));
        } catch (JacksonException e) {
            throw ApprovalProblems.badRequest("malformed JSON: " + JsonReadErrors.describe(e));
        }
        if (!tree.isObject()) {
            throw ApprovalProblems.badRequest("the body must be a JSON object with the fields " + fields);
        }
        tree.propertyNames().stream()
                .filter(name -> !fields.contains(name))
                .findFirst()
                .ifPresent(name -> {
                    throw ApprovalProblems.badRequest("unknown field '" + name + "'; the fields are " + fields);
                });
        return tree;
    }

    /** The field's string, or null when absent or JSON null; any other type is refused. */
    static String text(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw ApprovalProblems.badRequest(field + " must be a string");
        }
        return node.stringValue();
    }
}
