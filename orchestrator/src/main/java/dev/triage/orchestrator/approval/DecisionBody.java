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
 * The body of approve ({@code {"reason"?, "ttl"?}}, may be empty), deny or revoke ({@code {"reason"}}), read
 * strictly. What a reason and a ttl may be is the approvals service's rule; here only their JSON shape.
 *
 * @param ttl how long the approval stays usable: {@code 15m}, {@code 1h}, or ISO-8601 {@code PT30M}; null when not
 *     given
 */
record DecisionBody(String reason, Duration ttl) {

    static final int MAX_BYTES = 4 * 1024;

    static DecisionBody approval(byte[] body, JsonMapper json) {
        JsonNode tree = JsonBodies.object(body, json, List.of("reason", "ttl"));
        return new DecisionBody(JsonBodies.text(tree, "reason"), ttl(JsonBodies.text(tree, "ttl")));
    }

    /** A deny or a revoke: a reason only. */
    static DecisionBody withReason(byte[] body, JsonMapper json) {
        return new DecisionBody(JsonBodies.text(JsonBodies.object(body, json, List.of("reason")), "reason"), null);
    }

    private static Duration ttl(String text) {
        if (text == null) {
            return null;
        }
        return parse(text)
                .orElseThrow(() -> ApprovalProblems.badRequest(
                        "ttl must be a duration such as 15m, 2h or PT30M, was '" + ApprovalRules.shown(text) + "'"));
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
