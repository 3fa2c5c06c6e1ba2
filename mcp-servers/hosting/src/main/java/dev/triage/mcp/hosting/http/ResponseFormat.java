package dev.triage.mcp.hosting.http;

import java.util.Locale;
import java.util.Optional;

/** How to frame an answer, from the client's Accept header. */
enum ResponseFormat {
    JSON,
    EVENT_STREAM;

    /**
     * JSON when the client takes it (or says nothing, or anything); an event stream when that is all it takes;
     * empty when it takes neither.
     */
    static Optional<ResponseFormat> accepted(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(JSON);
        }
        String types = accept.toLowerCase(Locale.ROOT);
        if (types.contains("application/json") || types.contains("*/*") || types.contains("application/*")) {
            return Optional.of(JSON);
        }
        if (types.contains("text/event-stream") || types.contains("text/*")) {
            return Optional.of(EVENT_STREAM);
        }
        return Optional.empty();
    }
}
