package dev.triage.mcp.eks.resources;

import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.DaemonSetCondition;
import io.fabric8.kubernetes.api.model.apps.DaemonSetStatus;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatus;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetStatus;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSetStatus;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerCondition;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscalerStatus;
import java.util.Objects;

/** Deployments, ReplicaSets, StatefulSets, DaemonSets and autoscalers: desired against actual, and conditions. */
final class WorkloadSummaries {

    private WorkloadSummaries() {}

    static String of(Deployment deployment) {
        var status = Objects.requireNonNullElseGet(deployment.getStatus(), DeploymentStatus::new);
        Integer desired =
                deployment.getSpec() == null ? null : deployment.getSpec().getReplicas();
        return Fields.of()
                .ratio("ready", status.getReadyReplicas(), desired)
                .add("updated", zero(status.getUpdatedReplicas()))
                .add("available", zero(status.getAvailableReplicas()))
                .add("unavailable", status.getUnavailableReplicas())
                .add(
                        "paused",
                        deployment.getSpec() != null
                                        && Boolean.TRUE.equals(
                                                deployment.getSpec().getPaused())
                                ? "true"
                                : null)
                .conditions(
                        status.getConditions(),
                        DeploymentCondition::getType,
                        DeploymentCondition::getStatus,
                        DeploymentCondition::getReason)
                .toString();
    }

    static String of(ReplicaSet replicaSet) {
        var status = Objects.requireNonNullElseGet(replicaSet.getStatus(), ReplicaSetStatus::new);
        Integer desired =
                replicaSet.getSpec() == null ? null : replicaSet.getSpec().getReplicas();
        return Fields.of()
                .ratio("ready", status.getReadyReplicas(), desired)
                .add("available", zero(status.getAvailableReplicas()))
                .conditions(status.getConditions(), c -> c.getType(), c -> c.getStatus(), c -> c.getReason())
                .toString();
    }

    static String of(StatefulSet statefulSet) {
        var status = Objects.requireNonNullElseGet(statefulSet.getStatus(), StatefulSetStatus::new);
        Integer desired =
                statefulSet.getSpec() == null ? null : statefulSet.getSpec().getReplicas();
        return Fields.of()
                .ratio("ready", status.getReadyReplicas(), desired)
                .add("current", zero(status.getCurrentReplicas()))
                .add("updated", zero(status.getUpdatedReplicas()))
                .add(
                        "revision",
                        Objects.equals(status.getCurrentRevision(), status.getUpdateRevision())
                                ? null
                                : status.getCurrentRevision() + "->" + status.getUpdateRevision())
                .toString();
    }

    static String of(DaemonSet daemonSet) {
        var status = Objects.requireNonNullElseGet(daemonSet.getStatus(), DaemonSetStatus::new);
        return Fields.of()
                .ratio("ready", status.getNumberReady(), status.getDesiredNumberScheduled())
                .add("current", zero(status.getCurrentNumberScheduled()))
                .add("available", zero(status.getNumberAvailable()))
                .add(
                        "misscheduled",
                        status.getNumberMisscheduled() == null || status.getNumberMisscheduled() == 0
                                ? null
                                : status.getNumberMisscheduled())
                .conditions(
                        status.getConditions(),
                        DaemonSetCondition::getType,
                        DaemonSetCondition::getStatus,
                        DaemonSetCondition::getReason)
                .toString();
    }

    static String of(HorizontalPodAutoscaler autoscaler) {
        var status = Objects.requireNonNullElseGet(autoscaler.getStatus(), HorizontalPodAutoscalerStatus::new);
        var spec = autoscaler.getSpec();
        return Fields.of()
                .add(
                        "target",
                        spec == null || spec.getScaleTargetRef() == null
                                ? null
                                : spec.getScaleTargetRef().getKind() + "/"
                                        + spec.getScaleTargetRef().getName())
                .add("replicas", zero(status.getCurrentReplicas()) + "->" + zero(status.getDesiredReplicas()))
                .add("range", spec == null ? null : spec.getMinReplicas() + ".." + spec.getMaxReplicas())
                .conditions(
                        status.getConditions(),
                        HorizontalPodAutoscalerCondition::getType,
                        HorizontalPodAutoscalerCondition::getStatus,
                        HorizontalPodAutoscalerCondition::getReason)
                .toString();
    }

    private static int zero(Integer value) {
        return value == null ? 0 : value;
    }
}
