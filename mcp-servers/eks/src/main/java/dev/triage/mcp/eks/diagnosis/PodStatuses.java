package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.List;
import java.util.Optional;

/** Null-safe reads of a Pod's status and spec. */
final class PodStatuses {

    private PodStatuses() {}

    static String phase(Pod pod) {
        return pod.getStatus() == null ? null : pod.getStatus().getPhase();
    }

    static boolean isTerminal(Pod pod) {
        return "Succeeded".equals(phase(pod)) || "Failed".equals(phase(pod));
    }

    static boolean isReady(Pod pod) {
        return condition(pod, "Ready").map(c -> "True".equals(c.getStatus())).orElse(false);
    }

    static Optional<PodCondition> condition(Pod pod, String type) {
        List<PodCondition> conditions =
                pod.getStatus() == null ? null : pod.getStatus().getConditions();
        return conditions == null
                ? Optional.empty()
                : conditions.stream().filter(c -> type.equals(c.getType())).findFirst();
    }

    static List<ContainerStatus> containers(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
                ? List.of()
                : pod.getStatus().getContainerStatuses();
    }

    static List<ContainerStatus> initContainers(Pod pod) {
        return pod.getStatus() == null || pod.getStatus().getInitContainerStatuses() == null
                ? List.of()
                : pod.getStatus().getInitContainerStatuses();
    }

    /** The spec of the container (or init container) named {@code name}. */
    static Optional<Container> spec(Pod pod, String name) {
        if (pod.getSpec() == null) {
            return Optional.empty();
        }
        return java.util.stream.Stream.concat(
                        pod.getSpec().getContainers().stream(), pod.getSpec().getInitContainers().stream())
                .filter(c -> name.equals(c.getName()))
                .findFirst();
    }

    static String nodeName(Pod pod) {
        return pod.getSpec() == null ? null : pod.getSpec().getNodeName();
    }

    static int restarts(ContainerStatus status) {
        return status.getRestartCount() == null ? 0 : status.getRestartCount();
    }
}
