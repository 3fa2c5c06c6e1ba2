package dev.triage.mcp.eks.resources;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.mcp.eks.cluster.NamespaceGuard;
import dev.triage.mcp.hosting.bounds.Bounds;
import dev.triage.mcp.hosting.bounds.Cut;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The bodies of list_resources and get_resource. */
final class ResourceReader {

    static final int YAML_MAX_LINES = 400;
    static final int YAML_MAX_BYTES = 48 * 1024;

    private final ClusterConnection cluster;
    private final KubernetesSerialization serialization;
    private final Summaries summaries;

    ResourceReader(ClusterConnection cluster) {
        this.cluster = cluster;
        this.serialization = cluster.client().getKubernetesSerialization();
        this.summaries = new Summaries(serialization);
    }

    ResolvedKind.Resolution resolve(ToolArguments args) {
        return ResolvedKind.resolve(cluster.client(), args.requiredString("kind"), args.optionalString("api_version"));
    }

    ToolOutcome list(ToolArguments args, ResolvedKind kind) {
        Optional<String> namespace = kind.namespaced() ? args.optionalString("namespace") : Optional.empty();
        Optional<String> problem = namespace.flatMap(ns -> NamespaceGuard.problemWith(cluster.client(), ns));
        if (problem.isPresent()) {
            return args.failed(problem.get());
        }
        int limit = args.positiveInt("limit", 100, ResourceTools.MAX_LIMIT);
        var page = kind.list(namespace, options(args, limit));
        if (page.getItems().isEmpty()) {
            return args.noData("no " + kind.kind() + " objects " + scope(kind, namespace) + selectors(args));
        }
        return args.ok(render(kind, namespace, page, limit));
    }

    ToolOutcome get(ToolArguments args, ResolvedKind kind) {
        String namespace = args.optionalString("namespace").orElse("default");
        String name = args.requiredString("name");
        if (kind.namespaced()) {
            Optional<String> problem = NamespaceGuard.problemWith(cluster.client(), namespace);
            if (problem.isPresent()) {
                return args.failed(problem.get());
            }
        }
        return kind.get(namespace, name)
                .map(object -> args.ok(yaml(object)))
                .orElseGet(() -> args.failed(kind.notFound(namespace, name)));
    }

    private String render(ResolvedKind kind, Optional<String> namespace, KubernetesResourceList<?> page, int limit) {
        List<HasMetadata> items = page.getItems().stream()
                .map(HasMetadata.class::cast)
                .sorted(Comparator.comparing((HasMetadata o) ->
                                String.valueOf(o.getMetadata().getNamespace()))
                        .thenComparing(o -> o.getMetadata().getName()))
                .toList();
        Cut<List<HasMetadata>> cut = Bounds.firstItems(items, limit);
        var context = new SummaryContext(cluster.clock().instant(), endpointsFor(kind, namespace, items));
        String header = kind.kind() + " (" + kind.apiVersion() + ") " + scope(kind, namespace) + ": " + items.size()
                + (more(page) ? "+" : "") + " objects";
        String lines = cut.kept().stream().map(o -> summaries.line(o, context)).collect(Collectors.joining("\n"));
        String note = cut.truncated()
                ? "\n" + cut.note("pass a namespace, a label_selector or a larger limit to see the rest")
                : more(page) ? "\n[truncated: the API has more objects; pass a namespace or a selector]" : "";
        return header + "\n" + lines + note;
    }

    private String yaml(HasMetadata object) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = ReturnedObjects.view(serialization.convertValue(object, Map.class));
        Cut<String> lines = Bounds.firstLines(serialization.asYaml(tree), YAML_MAX_LINES);
        Cut<String> bytes = Bounds.firstBytes(lines.kept(), YAML_MAX_BYTES);
        String hint = "read its parts with list_resources, get_events or get_pod_logs";
        Cut<String> tightest = bytes.truncated() ? bytes : lines;
        return tightest.truncated() ? bytes.kept() + "\n" + tightest.note(hint) : bytes.kept();
    }

    /** Services are summarized with their endpoint counts: one extra list in the same scope. */
    private Map<String, Endpoints> endpointsFor(
            ResolvedKind kind, Optional<String> namespace, List<HasMetadata> items) {
        if (items.stream().noneMatch(Service.class::isInstance)) {
            return Map.of();
        }
        var endpoints = cluster.client().endpoints();
        List<Endpoints> found = namespace.isPresent()
                ? endpoints.inNamespace(namespace.get()).list().getItems()
                : endpoints.inAnyNamespace().list().getItems();
        return found.stream()
                .collect(Collectors.toMap(
                        e -> e.getMetadata().getNamespace() + "/"
                                + e.getMetadata().getName(),
                        Function.identity(),
                        (a, b) -> a));
    }

    private static ListOptions options(ToolArguments args, int limit) {
        return new ListOptionsBuilder()
                .withLabelSelector(args.optionalString("label_selector").orElse(null))
                .withFieldSelector(args.optionalString("field_selector").orElse(null))
                .withLimit((long) limit)
                .build();
    }

    private static boolean more(KubernetesResourceList<?> page) {
        return page.getMetadata() != null
                && page.getMetadata().getContinue() != null
                && !page.getMetadata().getContinue().isEmpty();
    }

    private static String scope(ResolvedKind kind, Optional<String> namespace) {
        if (!kind.namespaced()) {
            return "(cluster-scoped)";
        }
        return namespace.map(ns -> "in namespace " + ns).orElse("in all namespaces");
    }

    private static String selectors(ToolArguments args) {
        String labels = args.optionalString("label_selector")
                .map(s -> " with labels " + s)
                .orElse("");
        String fields = args.optionalString("field_selector")
                .map(s -> " with fields " + s)
                .orElse("");
        return labels + fields;
    }
}
