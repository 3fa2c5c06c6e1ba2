package dev.triage.orchestrator.api;

import dev.triage.mcp.hosting.validation.KubernetesNames;
import dev.triage.orchestrator.web.JsonReadErrors;
import dev.triage.orchestrator.web.RequestText;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of {@code POST /api/v1/investigations}, read strictly: a JSON object with a question and optionally a
 * namespace and a cluster, nothing else. Every way it can be wrong is a 400 that says what to fix.
 *
 * @param namespace null for the whole cluster
 * @param cluster null for the cluster the service serves
 */
record InvestigationBody(String question, String namespace, String cluster) {

    static final int MAX_BYTES = 16 * 1024;
    static final int MAX_QUESTION_CHARS = 2000;
    private static final List<String> FIELDS = List.of("question", "namespace", "cluster");
    private static final int MAX_CLUSTER_CHARS = 100;

    static InvestigationBody parse(byte[] body, JsonMapper json) {
        JsonNode tree = tree(body, json);
        if (!tree.isObject()) {
            throw Problems.badRequest("the body must be a JSON object such as {\"question\": \"...\"}");
        }
        tree.propertyNames().stream()
                .filter(name -> !FIELDS.contains(name))
                .findFirst()
                .ifPresent(name -> {
                    throw Problems.badRequest("unknown field '" + name + "'; the fields are " + FIELDS);
                });
        return new InvestigationBody(question(tree), namespace(tree), cluster(tree));
    }

    private static JsonNode tree(byte[] body, JsonMapper json) {
        try {
            return json.readerFor(JsonNode.class)
                    .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .readValue(RequestText.utf8(body));
        } catch (JacksonException e) {
            throw Problems.badRequest("malformed JSON: " + JsonReadErrors.describe(e));
        }
    }

    private static String question(JsonNode tree) {
        String question = text(tree, "question");
        if (question == null || question.isBlank()) {
            throw Problems.badRequest(
                    "question is required: say what to investigate, e.g. \"diagnose unhealthy pods\"");
        }
        int length = RequestText.length(question);
        if (length > MAX_QUESTION_CHARS) {
            throw Problems.badRequest(
                    "question is " + length + " characters; at most " + MAX_QUESTION_CHARS + " are accepted");
        }
        return TextRules.requirePlain("question", question.strip());
    }

    private static String namespace(JsonNode tree) {
        String namespace = text(tree, "namespace");
        if (namespace != null && !KubernetesNames.isLabel(namespace)) {
            throw Problems.badRequest("namespace must be a Kubernetes namespace name (lower-case letters, digits "
                    + "and '-', at most 63 characters)");
        }
        return namespace;
    }

    private static String cluster(JsonNode tree) {
        String cluster = text(tree, "cluster");
        if (cluster != null && (cluster.isBlank() || RequestText.length(cluster) > MAX_CLUSTER_CHARS)) {
            throw Problems.badRequest("cluster must be a cluster name of 1 to " + MAX_CLUSTER_CHARS + " characters");
        }
        return cluster == null ? null : TextRules.requirePlain("cluster", cluster);
    }

    /** The field's string, or null when absent or JSON null; any other type is refused. */
    private static String text(JsonNode tree, String field) {
        JsonNode node = tree.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isString()) {
            throw Problems.badRequest(field + " must be a string, was "
                    + node.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return node.stringValue();
    }
}
