package dev.triage.mcp.eks.resources;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.NodeCondition;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Nodes (readiness and pressure), namespaces, quotas, and config objects by their key names only. */
final class ClusterSummaries {

    private ClusterSummaries() {}

    static String of(Node node) {
        var conditions = node.getStatus() == null
                ? java.util.List.<NodeCondition>of()
                : node.getStatus().getConditions();
        String ready = conditions.stream()
                .filter(c -> "Ready".equals(c.getType()))
                .map(NodeCondition::getStatus)
                .findFirst()
                .orElse("Unknown");
        String pressure = conditions.stream()
                .filter(c -> !"Ready".equals(c.getType()) && "True".equals(c.getStatus()))
                .map(NodeCondition::getType)
                .collect(Collectors.joining(","));
        return Fields.of()
                .add("Ready", ready)
                .add("pressure", pressure)
                .add(
                        "unschedulable",
                        node.getSpec() != null
                                        && Boolean.TRUE.equals(node.getSpec().getUnschedulable())
                                ? "true"
                                : null)
                .add(
                        "version",
                        node.getStatus() == null || node.getStatus().getNodeInfo() == null
                                ? null
                                : node.getStatus().getNodeInfo().getKubeletVersion())
                .add("instanceType", labels(node).get("node.kubernetes.io/instance-type"))
                .add("zone", labels(node).get("topology.kubernetes.io/zone"))
                .toString();
    }

    static String of(Namespace namespace) {
        return Fields.of()
                .add(
                        "phase",
                        namespace.getStatus() == null
                                ? null
                                : namespace.getStatus().getPhase())
                .toString();
    }

    static String of(ResourceQuota quota) {
        if (quota.getStatus() == null || quota.getStatus().getHard() == null) {
            return "";
        }
        Map<String, ?> used = quota.getStatus().getUsed() == null
                ? Map.of()
                : quota.getStatus().getUsed();
        return Fields.of()
                .add(
                        "used",
                        quota.getStatus().getHard().entrySet().stream()
                                .map(e -> e.getKey() + ":" + used.get(e.getKey()) + "/" + e.getValue())
                                .collect(Collectors.joining(",")))
                .toString();
    }

    static String of(ConfigMap configMap) {
        var keys = new TreeSet<String>();
        keys.addAll(
                configMap.getData() == null
                        ? java.util.Set.of()
                        : configMap.getData().keySet());
        keys.addAll(
                configMap.getBinaryData() == null
                        ? java.util.Set.of()
                        : configMap.getBinaryData().keySet());
        return Fields.of().add("keys", String.join(",", keys)).toString();
    }

    /** Type and key names: a Secret's values never leave the server. */
    static String of(Secret secret) {
        return Fields.of()
                .add("type", secret.getType())
                .add("keys", String.join(",", SecretView.keys(secret)))
                .toString();
    }

    private static Map<String, String> labels(Node node) {
        return node.getMetadata().getLabels() == null
                ? Map.of()
                : node.getMetadata().getLabels();
    }
}
