package dev.triage.mcp.eks.events;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.mcp.eks.cluster.NamespaceGuard;
import dev.triage.mcp.hosting.bounds.Bounds;
import dev.triage.mcp.hosting.bounds.Cut;
import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import io.fabric8.kubernetes.api.model.Event;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Kubernetes events, warnings first. A sensitive read: event messages quote application output. */
@Component
class EventTools implements ToolGroup {

    static final int MAX_LIMIT = 500;

    private static final String DESCRIPTION = """
            Get Kubernetes events, warnings first and newest first: scheduling failures, image pull errors, \
            probe failures, OOM kills, back-offs, volume mount errors. Narrow to one namespace, and to one object \
            with kind and name (e.g. kind=Pod name=cart-7d9f-x2x, or kind=Deployment). Events expire (one hour by \
            default), so an empty answer does not mean nothing happened.""";

    private final ClusterConnection cluster;

    EventTools(ClusterConnection cluster) {
        this.cluster = cluster;
    }

    @Override
    public List<ToolDefinition> tools() {
        var schema = InputSchema.builder()
                .string("namespace", "Namespace; all namespaces when omitted", KubernetesNames.NAMESPACE)
                .string(
                        "kind",
                        "Kind of the object the events are about, e.g. Pod, Deployment, Node",
                        KubernetesNames.KIND)
                .string("name", "Name of the object the events are about", KubernetesNames.OBJECT_NAME)
                .integer("limit", "Most events to return (default 50)", 1, MAX_LIMIT)
                .build();
        return List.of(ToolDefinition.sensitiveRead("get_events", DESCRIPTION, schema, this::events));
    }

    private ToolOutcome events(ToolArguments args) {
        Optional<String> namespace = args.optionalString("namespace");
        Optional<String> problem = namespace.flatMap(ns -> NamespaceGuard.problemWith(cluster.client(), ns));
        if (problem.isPresent()) {
            return args.failed(problem.get());
        }
        // One list per call, filtered here: involvedObject field selectors are not served everywhere.
        var events = cluster.client().v1().events();
        List<Event> all = namespace.isPresent()
                ? events.inNamespace(namespace.get()).list().getItems()
                : events.inAnyNamespace().list().getItems();
        List<Event> matching =
                all.stream().filter(about(args)).sorted(warningsThenNewest()).toList();
        if (matching.isEmpty()) {
            return args.noData("no events" + describe(args) + " (events expire, one hour by default)");
        }
        return args.ok(render(matching, args));
    }

    private String render(List<Event> events, ToolArguments args) {
        Cut<List<Event>> cut = Bounds.firstItems(events, args.positiveInt("limit", 50, MAX_LIMIT));
        Instant now = cluster.clock().instant();
        long warnings =
                events.stream().filter(e -> "Warning".equals(e.getType())).count();
        String header = events.size() + " events" + describe(args) + ", " + warnings + " warnings:";
        String lines = cut.kept().stream().map(e -> EventLines.line(e, now)).collect(Collectors.joining("\n"));
        String note = cut.note("pass kind and name, or a larger limit, to see the rest");
        return header + "\n" + lines + (note.isEmpty() ? "" : "\n" + note);
    }

    private static Predicate<Event> about(ToolArguments args) {
        Optional<String> kind = args.optionalString("kind");
        Optional<String> name = args.optionalString("name");
        return event -> event.getInvolvedObject() != null
                && kind.map(k -> k.equalsIgnoreCase(event.getInvolvedObject().getKind()))
                        .orElse(true)
                && name.map(n -> n.equals(event.getInvolvedObject().getName())).orElse(true);
    }

    private static Comparator<Event> warningsThenNewest() {
        Comparator<Event> warningsFirst = Comparator.comparing(e -> !"Warning".equals(e.getType()));
        return warningsFirst.thenComparing(
                e -> EventLines.lastSeen(e).orElse(Instant.EPOCH), Comparator.reverseOrder());
    }

    private static String describe(ToolArguments args) {
        String object = args.optionalString("name")
                .map(n -> " about " + args.optionalString("kind").orElse("object") + " " + n)
                .orElse(args.optionalString("kind")
                        .map(k -> " about " + k + " objects")
                        .orElse(""));
        return object
                + args.optionalString("namespace")
                        .map(ns -> " in namespace " + ns)
                        .orElse("");
    }
}
