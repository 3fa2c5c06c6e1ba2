package dev.triage.mcp.cloudwatch.logs;

import java.time.Instant;
import java.util.List;

/**
 * Events a filter matched, oldest first.
 *
 * @param more whether more events matched than are here (the limit, or the page bound, was reached)
 */
public record LogEvents(List<Event> events, boolean more) {

    public LogEvents {
        events = List.copyOf(events);
    }

    public record Event(Instant at, String stream, String message) {}
}
