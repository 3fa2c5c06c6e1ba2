package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.MicroTime;
import io.fabric8.kubernetes.api.model.ObjectReference;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Events listed once and indexed by the object they are about. Field selectors on {@code involvedObject} would cost a
 * call per object (and the mock server does not support them), so the index is built in memory.
 */
final class EventIndex {

    private static final Comparator<Event> LATEST_FIRST =
            Comparator.comparing(EventIndex::lastSeen).reversed();

    private final Map<String, List<Event>> byObject;

    private EventIndex(Map<String, List<Event>> byObject) {
        this.byObject = byObject;
    }

    static EventIndex of(List<Event> events) {
        Map<String, List<Event>> byObject = new HashMap<>();
        for (Event event : events) {
            ObjectReference about = event.getInvolvedObject();
            if (about != null && about.getName() != null) {
                byObject.computeIfAbsent(
                                key(about.getKind(), about.getNamespace(), about.getName()),
                                k -> new java.util.ArrayList<>())
                        .add(event);
            }
        }
        byObject.replaceAll((key, list) -> list.stream().sorted(LATEST_FIRST).toList());
        return new EventIndex(Map.copyOf(byObject));
    }

    /** Events about {@code object}, latest first; events about an earlier object of the same name are left out. */
    List<Event> about(HasMetadata object) {
        String uid = object.getMetadata().getUid();
        return byObject
                .getOrDefault(
                        key(
                                Refs.kind(object),
                                Refs.namespace(object),
                                object.getMetadata().getName()),
                        List.of())
                .stream()
                .filter(e -> uid == null
                        || e.getInvolvedObject().getUid() == null
                        || uid.equals(e.getInvolvedObject().getUid()))
                .toList();
    }

    /** The latest Warning event about {@code object} with {@code reason}. */
    Optional<Event> latestWarning(HasMetadata object, String reason) {
        return warnings(object, reason).findFirst();
    }

    Stream<Event> warnings(HasMetadata object, String reason) {
        return about(object).stream()
                .filter(e -> "Warning".equals(e.getType()) && reason.equals(e.getReason()) && e.getMessage() != null);
    }

    /** The event names the container in its field path ({@code spec.containers{notifier}}), or names none. */
    static boolean isAboutContainer(Event event, String container) {
        String fieldPath = event.getInvolvedObject().getFieldPath();
        return fieldPath == null || fieldPath.endsWith("{" + container + "}");
    }

    static Instant lastSeen(Event event) {
        return Stream.of(
                        event.getLastTimestamp(),
                        event.getSeries() == null
                                ? null
                                : time(event.getSeries().getLastObservedTime()),
                        time(event.getEventTime()),
                        event.getFirstTimestamp(),
                        event.getMetadata() == null ? null : event.getMetadata().getCreationTimestamp())
                .filter(Objects::nonNull)
                .map(Times::parse)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(Instant.EPOCH);
    }

    private static String time(MicroTime time) {
        return time == null ? null : time.getTime();
    }

    private static String key(String kind, String namespace, String name) {
        String ns = Refs.blankToNull(namespace);
        return kind + "|" + (ns == null ? "" : ns) + "|" + name;
    }
}
