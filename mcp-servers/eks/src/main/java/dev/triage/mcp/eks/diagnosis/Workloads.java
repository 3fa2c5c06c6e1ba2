package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;

/** Null-safe reads of workload specs and statuses (absent counts are zero, absent replicas default to one). */
final class Workloads {

    private Workloads() {}

    static int desired(Deployment deployment) {
        return orOne(deployment.getSpec() == null ? null : deployment.getSpec().getReplicas());
    }

    static int available(Deployment deployment) {
        return deployment.getStatus() == null
                ? 0
                : orZero(deployment.getStatus().getAvailableReplicas());
    }

    static int updated(Deployment deployment) {
        return deployment.getStatus() == null
                ? 0
                : orZero(deployment.getStatus().getUpdatedReplicas());
    }

    static List<DeploymentCondition> conditions(Deployment deployment) {
        return deployment.getStatus() == null || deployment.getStatus().getConditions() == null
                ? List.of()
                : deployment.getStatus().getConditions();
    }

    static int desired(StatefulSet statefulSet) {
        return orOne(
                statefulSet.getSpec() == null ? null : statefulSet.getSpec().getReplicas());
    }

    static int ready(StatefulSet statefulSet) {
        return statefulSet.getStatus() == null
                ? 0
                : orZero(statefulSet.getStatus().getReadyReplicas());
    }

    static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static int orOne(Integer value) {
        return value == null ? 1 : value;
    }
}
