package dev.triage.mcp.eks.cluster;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.server.ClusterSourceProperties;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import java.util.List;
import java.util.stream.Collectors;

/** The text of get_cluster_info. */
final class ClusterInfo {

    private final ClusterConnection cluster;
    private final ClusterSourceProperties source;

    ClusterInfo(ClusterConnection cluster, ClusterSourceProperties source) {
        this.cluster = cluster;
        this.source = source;
    }

    String describe() {
        List<Node> nodes = cluster.client().nodes().list().getItems();
        int namespaces = cluster.client().namespaces().list().getItems().size();
        return String.join(
                "\n",
                "cluster: " + cluster.clusterName(),
                "source: " + source.describe() + dataTime(),
                "kubernetes version: " + version(),
                "nodes: " + nodes.size() + ", "
                        + nodes.stream().filter(ClusterInfo::ready).count() + " Ready",
                "nodes not Ready: "
                        + names(nodes.stream().filter(n -> !ready(n)).toList()),
                "nodes under pressure: " + pressure(nodes),
                "namespaces: " + namespaces);
    }

    private String dataTime() {
        return source.snapshotDir().isPresent()
                ? " (captured at " + cluster.clock().instant() + "; ages are judged at that time)"
                : " (now: " + cluster.clock().instant() + ")";
    }

    private String version() {
        try {
            VersionInfo version = cluster.client().getKubernetesVersion();
            return version == null || version.getGitVersion() == null
                    ? "unknown (the API server does not say)"
                    : version.getGitVersion() + " (" + version.getPlatform() + ")";
        } catch (KubernetesClientException unavailable) {
            return "unknown (" + unavailable.getMessage() + ")";
        }
    }

    private static boolean ready(Node node) {
        return conditions(node).stream().anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    private static String pressure(List<Node> nodes) {
        String pressed = nodes.stream()
                .filter(node -> conditions(node).stream()
                        .anyMatch(c -> !"Ready".equals(c.getType()) && "True".equals(c.getStatus())))
                .map(node -> node.getMetadata().getName() + " "
                        + conditions(node).stream()
                                .filter(c -> !"Ready".equals(c.getType()) && "True".equals(c.getStatus()))
                                .map(NodeCondition::getType)
                                .toList())
                .collect(Collectors.joining(", "));
        return pressed.isEmpty() ? "none" : pressed;
    }

    private static String names(List<Node> nodes) {
        return nodes.isEmpty()
                ? "none"
                : nodes.stream().map(n -> n.getMetadata().getName()).collect(Collectors.joining(", "));
    }

    private static List<NodeCondition> conditions(Node node) {
        return node.getStatus() == null ? List.of() : node.getStatus().getConditions();
    }
}
