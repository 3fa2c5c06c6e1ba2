package dev.triage.bench.synthetic;

import dev.triage.model.Category;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import java.util.List;

/** The ways a synthetic Deployment's pods fail, each as a real cluster shows it. */
enum SyntheticFailure {
    CRASH_LOOP(Category.CRASH_LOOP, "BackOff", "Back-off restarting failed container app in pod %s"),
    OOM_KILLED(Category.OOM_KILLED, "BackOff", "Back-off restarting failed container app in pod %s"),
    IMAGE_PULL(
            Category.IMAGE_PULL, "Failed", "Failed to pull image \"%s\": rpc error: code = NotFound desc = not found"),
    CONFIG_ERROR(Category.CONFIG_ERROR, "Failed", "Error: configmap \"app-config\" not found"),
    UNSCHEDULABLE(Category.UNSCHEDULABLE, "FailedScheduling", SyntheticFailure.NO_NODE),
    READINESS(Category.PROBE_FAILURE, "Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503");

    private static final String NO_NODE =
            "0/%d nodes are available: %<d Insufficient memory. preemption: 0/%<d nodes are "
                    + "available: %<d No preemption victims found for incoming pod.";

    final Category category;
    final String eventReason;
    final String eventMessage;

    SyntheticFailure(Category category, String eventReason, String eventMessage) {
        this.category = category;
        this.eventReason = eventReason;
        this.eventMessage = eventMessage;
    }

    boolean isScheduled() {
        return this != UNSCHEDULABLE;
    }

    String phase() {
        return this == CRASH_LOOP || this == OOM_KILLED || this == READINESS ? "Running" : "Pending";
    }

    /** The container's status; {@code restarted} is when its last instance ended. */
    ContainerStatus status(String image, String restarted) {
        ContainerStatusBuilder status =
                new ContainerStatusBuilder().withName("app").withImage(image).withReady(false);
        return switch (this) {
            case CRASH_LOOP, OOM_KILLED ->
                status.withRestartCount(6)
                        .withNewState()
                        .withNewWaiting()
                        .withReason("CrashLoopBackOff")
                        .endWaiting()
                        .endState()
                        .withNewLastState()
                        .withNewTerminated()
                        .withReason(this == OOM_KILLED ? "OOMKilled" : "Error")
                        .withExitCode(this == OOM_KILLED ? 137 : 1)
                        .withFinishedAt(restarted)
                        .endTerminated()
                        .endLastState()
                        .build();
            case IMAGE_PULL -> waiting(status, "ImagePullBackOff", "Back-off pulling image \"" + image + "\"");
            case CONFIG_ERROR -> waiting(status, "CreateContainerConfigError", "configmap \"app-config\" not found");
            case UNSCHEDULABLE -> throw new IllegalStateException("an unscheduled pod has no container status");
            case READINESS ->
                status.withRestartCount(0)
                        .withNewState()
                        .withNewRunning()
                        .withStartedAt(restarted)
                        .endRunning()
                        .endState()
                        .build();
        };
    }

    List<PodCondition> conditions(int nodes) {
        if (this == UNSCHEDULABLE) {
            return List.of(new PodConditionBuilder()
                    .withType("PodScheduled")
                    .withStatus("False")
                    .withReason("Unschedulable")
                    .withMessage(NO_NODE.formatted(nodes))
                    .build());
        }
        return List.of(
                new PodConditionBuilder()
                        .withType("PodScheduled")
                        .withStatus("True")
                        .build(),
                new PodConditionBuilder()
                        .withType("Ready")
                        .withStatus("False")
                        .withReason("ContainersNotReady")
                        .build());
    }

    String eventMessage(String pod, String image, int nodes) {
        return switch (this) {
            case CRASH_LOOP, OOM_KILLED -> eventMessage.formatted(pod);
            case IMAGE_PULL -> eventMessage.formatted(image);
            case UNSCHEDULABLE -> eventMessage.formatted(nodes);
            case CONFIG_ERROR, READINESS -> eventMessage;
        };
    }

    private static ContainerStatus waiting(ContainerStatusBuilder status, String reason, String message) {
        return status.withRestartCount(0)
                .withNewState()
                .withNewWaiting()
                .withReason(reason)
                .withMessage(message)
                .endWaiting()
                .endState()
                .build();
    }
}
