package dev.triage.mcp.eks.cluster;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** kubectl-style ages ("42s", "5m", "26h", "3d"), judged by the connection's clock (a snapshot's capture time). */
public final class Ages {

    private Ages() {}

    public static String since(String timestamp, Instant now) {
        if (timestamp == null || timestamp.isBlank()) {
            return "?";
        }
        try {
            return of(Duration.between(Instant.parse(timestamp), now));
        } catch (DateTimeParseException unreadable) {
            return "?";
        }
    }

    static String of(Duration age) {
        long seconds = Math.max(0, age.toSeconds());
        if (seconds < 120) {
            return seconds + "s";
        }
        if (seconds < 2 * 3600) {
            return seconds / 60 + "m";
        }
        if (seconds < 48 * 3600) {
            return seconds / 3600 + "h";
        }
        return seconds / 86400 + "d";
    }
}
