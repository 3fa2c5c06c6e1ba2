package dev.triage.mcp.hosting.http;

import dev.triage.mcp.hosting.bounds.Echo;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The JSON-RPC 2.0 and MCP shape of one message, checked before the SDK reads it: the SDK answers a message it cannot
 * map onto its records with the Java exception's text. A refusal here says in plain words what to send instead.
 */
final class MessageShape {

    /** Why a message was refused: a JSON-RPC error code and a plain message. */
    record Violation(int code, String message) {}

    private MessageShape() {}

    static Optional<Violation> check(JsonNode message) {
        if (!message.isObject()) {
            return invalidRequest("a message is one JSON-RPC 2.0 object (batches are not accepted)");
        }
        JsonNode version = message.path("jsonrpc");
        if (!version.isString() || !"2.0".equals(version.asString())) {
            return invalidRequest("\"jsonrpc\" must be \"2.0\", got " + quote(version));
        }
        JsonNode method = message.path("method");
        if (method.isMissingNode()) {
            return Optional.empty();
        }
        if (!method.isString()) {
            return invalidRequest("\"method\" must be a string, got " + quote(method));
        }
        return params(method.asString(), message.path("params"));
    }

    private static Optional<Violation> params(String method, JsonNode params) {
        boolean required = "initialize".equals(method) || "tools/call".equals(method);
        if (params.isMissingNode() || params.isNull()) {
            return required ? invalidParams(method + " needs \"params\", an object") : Optional.empty();
        }
        if (!params.isObject()) {
            return invalidParams("\"params\" of " + Echo.of(method) + " must be an object, got " + kind(params));
        }
        return switch (method) {
            case "initialize" -> initialize(params);
            case "tools/call" -> toolsCall(params);
            case "tools/list", "resources/list", "prompts/list", "resources/templates/list" -> cursor(method, params);
            default -> Optional.empty();
        };
    }

    private static Optional<Violation> initialize(JsonNode params) {
        if (!params.path("protocolVersion").isString()) {
            return invalidParams("initialize needs params.protocolVersion, a string such as \"2025-06-18\"");
        }
        return objectIfPresent("initialize", params, "capabilities")
                .or(() -> objectIfPresent("initialize", params, "clientInfo"));
    }

    private static Optional<Violation> toolsCall(JsonNode params) {
        if (!params.path("name").isString()) {
            return invalidParams("tools/call needs params.name, the tool's name (a string); tools/list names them");
        }
        return objectIfPresent("tools/call", params, "arguments")
                .or(() -> objectIfPresent("tools/call", params, "_meta"));
    }

    private static Optional<Violation> cursor(String method, JsonNode params) {
        JsonNode cursor = params.path("cursor");
        if (cursor.isMissingNode() || cursor.isNull() || cursor.isString()) {
            return Optional.empty();
        }
        return invalidParams(
                method + ": params.cursor must be the string a previous page returned, got " + kind(cursor));
    }

    private static Optional<Violation> objectIfPresent(String method, JsonNode params, String field) {
        JsonNode value = params.path(field);
        if (value.isMissingNode() || value.isNull() || value.isObject()) {
            return Optional.empty();
        }
        return invalidParams(method + ": params." + field + " must be an object of named values, got " + kind(value));
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> "null";
        };
    }

    private static String quote(JsonNode value) {
        return value.isMissingNode() ? "nothing" : Echo.of(value.toString());
    }

    private static Optional<Violation> invalidRequest(String why) {
        return Optional.of(new Violation(ErrorCodes.INVALID_REQUEST, "Invalid request: " + why));
    }

    private static Optional<Violation> invalidParams(String why) {
        return Optional.of(new Violation(ErrorCodes.INVALID_PARAMS, "Invalid params: " + why));
    }
}
