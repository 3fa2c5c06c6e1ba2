package dev.triage.agents.grounding;

import dev.triage.agents.grounding.WorkloadLookup.Lookup;
import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.tools.ToolResult;
import dev.triage.model.ResourceRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Looks workloads up through the EKS server: {@code get_resource} in the namespace asked about, else
 * {@code list_resources} by name across namespaces, whose lines begin with the object's {@code namespace/name}.
 */
public final class ClusterWorkloads {

    public static final List<String> TOOLS = List.of("get_resource", "list_resources");

    /** A Kubernetes object name (DNS-1123 subdomain): anything else names nothing, and is not sent. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?");

    private static final int MAX_MATCHES = 20;

    private ClusterWorkloads() {}

    /** Through {@code eks}; with no EKS server, nothing can be shown to exist, so nothing is found. */
    public static WorkloadLookup through(Optional<ServerTools> eks) {
        return (kind, name, namespace) -> {
            if (eks.isEmpty()) {
                return new Lookup.Missing("no EKS server is configured to look in");
            }
            if (!NAME.matcher(name).matches()) {
                return new Lookup.Missing("\"" + name + "\" is not an object name");
            }
            return namespace == null ? everywhere(eks.get(), kind, name) : in(eks.get(), kind, name, namespace);
        };
    }

    private static Lookup in(ServerTools eks, String kind, String name, String namespace) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("kind", kind);
        arguments.put("name", name);
        arguments.put("namespace", namespace);
        return eks.call("get_resource", arguments).ok()
                ? new Lookup.Found(new ResourceRef(kind, namespace, name))
                : new Lookup.Missing("no " + kind + " \"" + name + "\" exists in namespace " + namespace);
    }

    private static Lookup everywhere(ServerTools eks, String kind, String name) {
        ToolResult listed = eks.call(
                "list_resources",
                Map.of("kind", kind, "field_selector", "metadata.name=" + name, "limit", MAX_MATCHES));
        List<ResourceRef> found = listed.ok() ? named(listed.text(), kind, name) : List.of();
        return switch (found.size()) {
            case 0 -> new Lookup.Missing("no " + kind + " \"" + name + "\" exists in any namespace");
            case 1 -> new Lookup.Found(found.getFirst());
            default -> new Lookup.Ambiguous(found);
        };
    }

    /** The listed objects called {@code name}: each line starts with {@code namespace/name}. */
    private static List<ResourceRef> named(String listing, String kind, String name) {
        return listing.lines()
                .map(line -> line.strip().split("\\s+", 2)[0])
                .filter(first -> first.endsWith("/" + name) && first.indexOf('/') == first.lastIndexOf('/'))
                .map(first -> new ResourceRef(kind, first.substring(0, first.indexOf('/')), name))
                .distinct()
                .toList();
    }
}
