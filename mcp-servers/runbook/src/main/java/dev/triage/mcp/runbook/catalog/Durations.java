package dev.triage.mcp.runbook.catalog;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as kubectl writes them: {@code 90s}, {@code 10m}, {@code 1h30m}. */
public final class Durations {

    private static final Pattern DURATION = Pattern.compile("(?:([0-9]{1,4})h)?(?:([0-9]{1,5})m)?(?:([0-9]{1,6})s)?");

    private Durations() {}

    public static Optional<Duration> parse(String text) {
        Matcher matcher = DURATION.matcher(text.strip());
        if (text.isBlank() || !matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                Duration.ofHours(part(matcher, 1)).plusMinutes(part(matcher, 2)).plusSeconds(part(matcher, 3)));
    }

    private static long part(Matcher matcher, int group) {
        return matcher.group(group) == null ? 0 : Long.parseLong(matcher.group(group));
    }
}
