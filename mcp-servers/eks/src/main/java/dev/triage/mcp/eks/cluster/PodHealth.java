package dev.triage.mcp.eks.cluster;

import io.fabric8.kubernetes.api.model.Pod;

/** The two pod states that need no attention: running with every container ready, or finished successfully. */
final class PodHealth {

    private PodHealth() {}

    static boolean runningAndReady(Pod pod) {
        return pod.getStatus() != null
                && "Running".equals(pod.getStatus().getPhase())
                && !pod.getStatus().getContainerStatuses().isEmpty()
                && pod.getStatus().getContainerStatuses().stream().allMatch(c -> Boolean.TRUE.equals(c.getReady()));
    }

    static boolean completed(Pod pod) {
        return pod.getStatus() != null && "Succeeded".equals(pod.getStatus().getPhase());
    }
}
