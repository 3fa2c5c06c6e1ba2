package dev.triage.orchestrator.approval;

import dev.triage.mcp.runbook.catalog.Durations;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The body of approve ({@code {"reason"?, "ttl"?}}, may be empty) or deny ({@code {"reason"}}), read strictly.
 *
 * @param ttl how long the approval stays usable: {@code 15m}, {@code 1h}, or ISO-8601 {@code PT30M}
 */
record DecisionBody(String reason, Duration ttl) {

    static final int MAX_BYTES = 4 * 1024;
    static final Duration DEFAULT_TTL = Duration.ofMinutes(15);
    static final Duration MAX_TTL = Duration.ofHours(24);
    private static final int MAX_REASON_CHARS = 1000;

    static DecisionBody approval(byte[] body, JsonMapper json) {
        JsonNode tree = JsonBodies.object(body, json, List.of("reason", "ttl"));
        return new DecisionBody(reason(tree), ttl(JsonBodies.text(tree, "ttl")));
    }

    static DecisionBody denial(byte[] body, JsonMapper json) {
        String reason = reason(JsonBodies.object(body, json, List.of("reason")));
        if (reason == null) {
            throw ApprovalProblems.badRequest("reason is required: say why the proposal is denied");
        }
        return new DecisionBody(reason, null);
    }

    private static String reason(JsonNode tree) {
        String reason = JsonBodies.text(tree, "reason");
        if (reason == null || reason.isBlank()) {
            return null;
        }
        if (reason.length() > MAX_REASON_CHARS
                || !reason.codePoints().allMatch(c -> c == '\n' || c == '\t' || !Character.isISOControl(c))) {
            throw ApprovalProblems.badRequest(
                    "reason must be plain text of at most " + MAX_REASON_CHARS + " characters");
        }
        return reason.strip();
    }

    private static Duration ttl(String text) {
        if (text == null) {
            return DEFAULT_TTL;
        }
        Duration ttl = parse(text)
                .orElseThrow(() -> ApprovalProblems.badRequest(
                        "ttl must be a duration such as 15m, 2h or PT30M, was '" + text + "'"));
        if (ttl.isNegative() || ttl.isZero() || ttl.compareTo(MAX_TTL) > 0) {
            throw ApprovalProblems.badRequest("ttl must be more than 0 and at most 24h, was " + text);
        }
        return ttl;
    }

    private static Optional<Duration> parse(String text) {
        if (text.toUpperCase(Locale.ROOT).startsWith("P")) {
            try {
                return Optional.of(Duration.parse(text));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }
        return Durations.parse(text);
    }
}
