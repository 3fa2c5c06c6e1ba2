package dev.triage.mcp.eks.cluster;

import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The text of list_api_versions, from the API server's discovery endpoints. */
final class ApiVersions {

    /** What any conformant cluster serves, for API servers (an embedded snapshot server) that answer no discovery. */
    private static final List<String> CONFORMANT = List.of(
            "v1",
            "apps/v1",
            "batch/v1",
            "autoscaling/v2",
            "networking.k8s.io/v1",
            "policy/v1",
            "storage.k8s.io/v1",
            "rbac.authorization.k8s.io/v1",
            "discovery.k8s.io/v1",
            "events.k8s.io/v1");

    private final KubernetesClient client;

    ApiVersions(KubernetesClient client) {
        this.client = client;
    }

    String describe() {
        List<String> versions = discovered();
        if (versions.isEmpty()) {
            return "The API server answers no discovery (a snapshot is served by an embedded API server); the "
                    + "built-in API versions of Kubernetes:\n" + String.join("\n", CONFORMANT);
        }
        return versions.size() + " API versions (preferred version of a group marked *):\n"
                + String.join("\n", versions);
    }

    private List<String> discovered() {
        List<String> versions = new ArrayList<>();
        var core = client.getAPIVersions();
        if (core != null) {
            versions.addAll(core.getVersions());
        }
        var groups = client.getApiGroups();
        if (groups != null) {
            groups.getGroups().forEach(group -> versions.addAll(versionsOf(group)));
        }
        return versions;
    }

    private static List<String> versionsOf(APIGroup group) {
        String preferred = group.getPreferredVersion() == null
                ? null
                : group.getPreferredVersion().getGroupVersion();
        return group.getVersions().stream()
                .map(GroupVersionForDiscovery::getGroupVersion)
                .map(version -> version.equals(preferred) ? version + " *" : version)
                .collect(Collectors.toList());
    }
}
