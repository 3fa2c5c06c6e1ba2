package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.Optional;

/** One container's (or init container's) status in a pod, with the field paths evidence is quoted from. */
record ContainerView(Pod pod, ContainerStatus status, boolean init) {

    String name() {
        return status.getName();
    }

    /** {@code status.containerStatuses[cart].} + suffix, or {@code status.initContainerStatuses[migrate].} + suffix. */
    String path(String suffix) {
        return (init ? "status.initContainerStatuses[" : "status.containerStatuses[") + name() + "]." + suffix;
    }

    String ref(String suffix) {
        return Refs.field(pod, path(suffix));
    }

    Optional<ContainerStateWaiting> waiting() {
        return Optional.ofNullable(status.getState()).map(s -> s.getWaiting());
    }

    String waitingReason() {
        return waiting().map(ContainerStateWaiting::getReason).orElse(null);
    }

    Optional<ContainerStateTerminated> lastTerminated() {
        return Optional.ofNullable(status.getLastState()).map(s -> s.getTerminated());
    }

    Optional<ContainerStateTerminated> terminated() {
        return Optional.ofNullable(status.getState()).map(s -> s.getTerminated());
    }

    boolean ready() {
        return Boolean.TRUE.equals(status.getReady());
    }

    int restarts() {
        return PodStatuses.restarts(status);
    }

    Optional<Container> spec() {
        return PodStatuses.spec(pod, name());
    }

    /** The memory limit as written in the spec, e.g. {@code 256Mi}. */
    Optional<String> memoryLimit() {
        return spec().map(Container::getResources)
                .map(r -> r.getLimits() == null ? null : r.getLimits().get("memory"))
                .map(Quantity::toString);
    }

    /** {@code spec.containers[cart].} + suffix. */
    String specRef(String suffix) {
        return Refs.field(pod, (init ? "spec.initContainers[" : "spec.containers[") + name() + "]." + suffix);
    }
}
