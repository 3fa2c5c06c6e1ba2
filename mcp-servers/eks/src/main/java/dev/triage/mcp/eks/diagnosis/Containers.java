package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Pod;
import java.util.stream.Stream;

/** A pod's container statuses in the order they run: init containers first. */
final class Containers {

    private Containers() {}

    static Stream<ContainerView> of(Pod pod) {
        return Stream.concat(
                PodStatuses.initContainers(pod).stream().map(s -> new ContainerView(pod, s, true)),
                PodStatuses.containers(pod).stream().map(s -> new ContainerView(pod, s, false)));
    }

    /** How the pod shows a waiting container, as kubectl does: {@code Init:CrashLoopBackOff}. */
    static String state(ContainerView container) {
        String reason = container.waitingReason();
        if (reason != null) {
            return container.init() ? "Init:" + reason : reason;
        }
        return container.ready() ? "Running" : "Running, not ready";
    }

    static String describe(ContainerView container) {
        return (container.init() ? "Init container " : "Container ") + container.name();
    }
}
