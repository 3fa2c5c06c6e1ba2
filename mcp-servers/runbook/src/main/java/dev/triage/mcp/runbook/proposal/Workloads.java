package dev.triage.mcp.runbook.proposal;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The parts of Deployments, StatefulSets and DaemonSets that steps read. */
final class Workloads {

    private Workloads() {}

    static PodTemplateSpec template(HasMetadata workload) {
        return switch (workload) {
            case Deployment deployment -> deployment.getSpec().getTemplate();
            case StatefulSet statefulSet -> statefulSet.getSpec().getTemplate();
            case DaemonSet daemonSet -> daemonSet.getSpec().getTemplate();
            default -> throw new IllegalArgumentException("not a workload: " + workload.getKind());
        };
    }

    /** spec.replicas, which defaults to 1 when unset. */
    static int replicas(HasMetadata workload) {
        Integer replicas =
                switch (workload) {
                    case Deployment deployment -> deployment.getSpec().getReplicas();
                    case StatefulSet statefulSet -> statefulSet.getSpec().getReplicas();
                    default -> throw new IllegalArgumentException(workload.getKind() + " has no replicas");
                };
        return replicas == null ? 1 : replicas;
    }

    /** A nested map, keys in the order given: {@code nested("spec", "replicas", 3)}. */
    static Map<String, Object> nested(Object... path) {
        Object value = path[path.length - 1];
        for (int i = path.length - 2; i >= 0; i--) {
            Map<String, Object> level = new LinkedHashMap<>();
            level.put((String) path[i], value);
            value = level;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> root = (Map<String, Object>) value;
        return root;
    }

    /** The strategic-merge patch of one container of a pod template (containers merge by name). */
    static Map<String, Object> containerPatch(String container, Map<String, Object> fields) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", container);
        entry.putAll(fields);
        return nested("spec", "template", "spec", "containers", List.of(entry));
    }
}
