package dev.triage.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Kubernetes API calls the runbook server makes for the runbooks in {@code runbooks/catalog}, derived from each
 * runbook's targets and steps. The table below is what each step of the server's fixed vocabulary sends (see the
 * runbook server's proposal and execution packages); a step the table does not know fails the test, so a new action
 * cannot ship without its RBAC.
 */
final class CatalogNeeds {

    /** A namespaced scope stands for "each namespace bound by a RoleBinding". */
    static final String NAMESPACE = "(each bound namespace)";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private record Kind(String group, String resource, boolean namespaced) {}

    private static final Map<String, Kind> KINDS = Map.of(
            "Deployment", new Kind("apps", "deployments", true),
            "StatefulSet", new Kind("apps", "statefulsets", true),
            "DaemonSet", new Kind("apps", "daemonsets", true),
            "Pod", new Kind("", "pods", true),
            "Node", new Kind("", "nodes", false));

    /** Verbs each step sends to its target: changes by PATCH or DELETE; waits and checks watch the one object. */
    private static final Map<String, List<String>> STEP_VERBS = Map.of(
            "rollout-restart", List.of("patch"),
            "scale", List.of("patch"),
            "set-resources", List.of("patch"),
            "rollout-undo", List.of("patch"),
            "delete-pod", List.of("delete"),
            "cordon-node", List.of("patch"),
            "wait-for-rollout", List.of("list", "watch"),
            "verify-condition", List.of("list", "watch"));

    private CatalogNeeds() {}

    static Set<Permission> of(Path catalog) {
        Set<Permission> needs = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(catalog)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                needs.addAll(runbook(file.getFileName().toString(), YAML.readTree(file.toFile())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return needs;
    }

    private static Set<Permission> runbook(String file, JsonNode runbook) {
        Set<Permission> needs = new LinkedHashSet<>();
        for (JsonNode target : runbook.path("targets")) {
            Kind kind = KINDS.get(target.asText());
            if (kind == null) {
                throw new AssertionError(file + " targets " + target.asText() + ": add its API resource to KINDS");
            }
            // Planning reads the live object, and a namespaced target's namespace (policy selects by its labels).
            needs.add(on(kind, "get"));
            if (kind.namespaced()) {
                needs.add(new Permission(Permission.CLUSTER, "", "namespaces", "get"));
            }
            for (JsonNode step : runbook.path("steps")) {
                String action = step.path("action").asText();
                List<String> verbs = STEP_VERBS.get(action);
                if (verbs == null) {
                    throw new AssertionError(file + " uses step " + action + ": add the API calls it makes here");
                }
                verbs.forEach(verb -> needs.add(on(kind, verb)));
                if (action.equals("rollout-undo")) {
                    // The earlier revisions are the Deployment's ReplicaSets.
                    needs.add(new Permission(NAMESPACE, "apps", "replicasets", "list"));
                }
            }
        }
        return needs;
    }

    private static Permission on(Kind kind, String verb) {
        return new Permission(kind.namespaced() ? NAMESPACE : Permission.CLUSTER, kind.group(), kind.resource(), verb);
    }
}
