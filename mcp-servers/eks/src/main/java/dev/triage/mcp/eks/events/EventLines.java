package dev.triage.mcp.eks.events;

import dev.triage.mcp.eks.cluster.Ages;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.ObjectReference;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.Stream;

/** How an event reads: when, how bad, why, about what, how often, and its message (cut to a readable length). */
public final class EventLines {

    static final int MAX_MESSAGE = 300;

    private EventLines() {}

    /** Summary fields for list_resources. */
    public static String fields(Event event, Instant now) {
        return "type=" + event.getType() + " reason=" + event.getReason() + " object=" + object(event)
                + count(event) + " last="
                + lastSeen(event).map(t -> Ages.since(t.toString(), now)).orElse("?")
                + " message=\"" + message(event) + "\"";
    }

    /** One line of get_events. */
    static String line(Event event, Instant now) {
        String when = lastSeen(event)
                .map(t -> t + " (" + Ages.since(t.toString(), now) + " ago)")
                .orElse("?");
        return when + " " + event.getType() + " " + event.getReason() + " " + object(event) + count(event) + ": "
                + message(event);
    }

    /** The last time the event was seen, whichever of the API's several time fields is set. */
    static Optional<Instant> lastSeen(Event event) {
        return Stream.of(
                        event.getSeries() == null ? null : event.getSeries().getLastObservedTime(),
                        event.getLastTimestamp(),
                        event.getEventTime() == null
                                ? null
                                : event.getEventTime().getTime(),
                        event.getFirstTimestamp(),
                        event.getMetadata().getCreationTimestamp())
                .map(EventLines::instant)
                .flatMap(Optional::stream)
                .findFirst();
    }

    private static Optional<Instant> instant(Object time) {
        if (time == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(time.toString()));
        } catch (DateTimeParseException unreadable) {
            return Optional.empty();
        }
    }

    private static String object(Event event) {
        ObjectReference involved = event.getInvolvedObject();
        if (involved == null) {
            return "?";
        }
        String namespace = involved.getNamespace() == null ? "" : involved.getNamespace() + "/";
        return involved.getKind() + " " + namespace + involved.getName();
    }

    private static String count(Event event) {
        Integer count = event.getSeries() != null ? event.getSeries().getCount() : event.getCount();
        return count == null || count <= 1 ? "" : " (x" + count + ")";
    }

    private static String message(Event event) {
        String message =
                event.getMessage() == null ? "" : event.getMessage().strip().replace('\n', ' ');
        return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "..." : message;
    }
}
