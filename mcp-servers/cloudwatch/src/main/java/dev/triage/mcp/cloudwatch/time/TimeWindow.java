package dev.triage.mcp.cloudwatch.time;

import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time range from tool arguments: RFC3339 instants, "now", or times relative to now such as {@code -3h},
 * {@code -90m}, {@code -2d}. "Now" is the data source's clock, so a snapshot is read at its capture time.
 */
public record TimeWindow(Instant start, Instant end) {

    private static final Pattern RELATIVE = Pattern.compile("-(\\d{1,6})([smhdw])");

    public TimeWindow {
        if (!start.isBefore(end)) {
            throw new InvalidArgumentException(
                    "start_time", "must be before end_time, got start " + start + " and end " + end);
        }
    }

    /** The window from the arguments, defaulting to the last {@code fallback} before now. */
    public static TimeWindow parse(Optional<String> start, Optional<String> end, Duration fallback, Clock clock) {
        Instant now = clock.instant();
        Instant to = end.map(text -> instant("end_time", text, now)).orElse(now);
        Instant from = start.map(text -> instant("start_time", text, now)).orElse(to.minus(fallback));
        return new TimeWindow(from, to);
    }

    /** The last {@code minutes} before now. */
    public static TimeWindow lastMinutes(long minutes, Clock clock) {
        Instant now = clock.instant();
        return new TimeWindow(now.minus(Duration.ofMinutes(minutes)), now);
    }

    public Duration length() {
        return Duration.between(start, end);
    }

    static Instant instant(String argument, String text, Instant now) {
        if (text.equalsIgnoreCase("now")) {
            return now;
        }
        Matcher relative = RELATIVE.matcher(text);
        if (relative.matches()) {
            return now.minus(amount(Long.parseLong(relative.group(1)), relative.group(2)));
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(
                    argument,
                    "must be RFC3339 (2026-11-21T09:30:00Z), 'now' or relative to now (-15m, -3h, -2d), got '" + text
                            + "'");
        }
    }

    private static Duration amount(long value, String unit) {
        return switch (unit) {
            case "s" -> Duration.ofSeconds(value);
            case "m" -> Duration.ofMinutes(value);
            case "h" -> Duration.ofHours(value);
            case "d" -> Duration.ofDays(value);
            default -> Duration.ofDays(7 * value);
        };
    }
}
