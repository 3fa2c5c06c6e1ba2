package dev.triage.orchestrator.web;

import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;

/**
 * What was wrong with a JSON body, in words for the person who sent it. Jackson's own messages name its classes
 * and features ({@code bound as `tools.jackson.databind.JsonNode`}): those are for us, not for a client.
 */
public final class JsonReadErrors {

    private static final int MAX_CHARS = 200;

    private JsonReadErrors() {}

    public static String describe(JacksonException e) {
        String message = Optional.ofNullable(e.getOriginalMessage())
                .flatMap(text -> text.lines().findFirst())
                .orElse("");
        if (e instanceof DatabindException) {
            if (message.startsWith("Trailing token")) {
                return "there is more after the JSON value; send exactly one JSON object";
            }
            if (message.startsWith("No content")) {
                return "the body is empty; send a JSON object";
            }
            return "the JSON could not be read as an object";
        }
        if (e instanceof StreamReadException && !namesInternals(message)) {
            return message.length() > MAX_CHARS ? message.substring(0, MAX_CHARS) + "..." : message;
        }
        return "the JSON could not be read";
    }

    private static boolean namesInternals(String message) {
        return message.isBlank() || message.contains("`") || message.contains("jackson");
    }
}
