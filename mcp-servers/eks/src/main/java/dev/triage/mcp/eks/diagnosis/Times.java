package dev.triage.mcp.eks.diagnosis;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Kubernetes timestamps (RFC 3339 strings) judged against the diagnosis clock. */
final class Times {

    /** How long ago a restart or a probe failure may be and still count as happening now. */
    static final Duration RECENT = Duration.ofHours(1);

    private Times() {}

    static Optional<Instant> parse(String timestamp) {
        if (timestamp == null || timestamp.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(timestamp).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static boolean isRecent(String timestamp, Clock clock) {
        return parse(timestamp).map(t -> isRecent(t, clock)).orElse(false);
    }

    static boolean isRecent(Instant instant, Clock clock) {
        return !instant.isBefore(clock.instant().minus(RECENT));
    }
}
