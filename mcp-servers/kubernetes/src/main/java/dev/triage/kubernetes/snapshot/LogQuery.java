package dev.triage.kubernetes.snapshot;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * The query of a pod log request, read as the API server reads it.
 *
 * @param container the container asked for; null when the request names none
 * @param since keep timestamped lines from this instant on; null for all
 * @param tailLines the last lines to keep; negative for all
 * @param limitBytes the most bytes to return; negative for no limit
 */
record LogQuery(String container, boolean previous, Instant since, int tailLines, long limitBytes) {

    /** {@code now} is the snapshot's capture time, which {@code sinceSeconds} counts back from. */
    static LogQuery parse(String query, Instant now) {
        Map<String, String> params = params(query);
        if (params.containsKey("sinceSeconds") && params.containsKey("sinceTime")) {
            throw ApiError.badRequest("at most one of `sinceTime` or `sinceSeconds` may be specified");
        }
        Instant since = params.containsKey("sinceTime") ? time(params.get("sinceTime")) : null;
        if (params.containsKey("sinceSeconds")) {
            since = now.minusSeconds(number(params, "sinceSeconds", 1));
        }
        return new LogQuery(
                params.get("container"),
                Boolean.parseBoolean(params.get("previous")),
                since,
                params.containsKey("tailLines") ? Math.toIntExact(number(params, "tailLines", 0)) : -1,
                params.containsKey("limitBytes") ? number(params, "limitBytes", 1) : -1);
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new HashMap<>();
        if (query == null || query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.put(decode(name), decode(value));
        }
        return params;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static long number(Map<String, String> params, String name, long minimum) {
        String text = params.get(name);
        try {
            long value = Long.parseLong(text);
            if (value >= minimum && value <= Integer.MAX_VALUE) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // answered below, like any other invalid value
        }
        throw ApiError.badRequest(name + ": Invalid value: \"" + text + "\": must be a number of at least " + minimum);
    }

    private static Instant time(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("sinceTime: Invalid value: \"" + text + "\": must be an RFC 3339 time");
        }
    }
}
