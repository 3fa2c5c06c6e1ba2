package dev.triage.mcp.cloudwatch.logs;

import java.time.Instant;
import java.util.Optional;

/**
 * A FilterLogEvents request.
 *
 * @param logGroup the log group name
 * @param streamPrefix only streams whose name starts with it
 * @param pattern CloudWatch filter pattern syntax (terms, "quoted phrases", ?any-of, JSON {$.level = "ERROR"})
 * @param limit the most events to return
 */
public record EventFilter(
        String logGroup,
        Optional<String> streamPrefix,
        Optional<String> pattern,
        Instant start,
        Instant end,
        int limit) {}
