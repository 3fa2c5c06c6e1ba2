package dev.triage.mcp.eks.resources;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodStatus;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** {@code phase=Running ready=0/1 restarts=7 waiting=CrashLoopBackOff last=OOMKilled(137) node=...}. */
final class PodSummary {

    private PodSummary() {}

    static String of(Pod pod) {
        PodStatus status = pod.getStatus() == null ? new PodStatus() : pod.getStatus();
        List<ContainerStatus> containers = status.getContainerStatuses();
        return Fields.of()
                .add("phase", status.getPhase())
                .add("reason", status.getReason())
                .ratio(
                        "ready",
                        (int) containers.stream()
                                .filter(c -> Boolean.TRUE.equals(c.getReady()))
                                .count(),
                        pod.getSpec() == null
                                ? null
                                : pod.getSpec().getContainers().size())
                .add(
                        "restarts",
                        containers.stream()
                                .mapToInt(c -> nonNull(c.getRestartCount()))
                                .sum())
                .add("init", initProblems(status))
                .add("waiting", reasons(containers, PodSummary::waitingReason))
                .add("last", reasons(containers, PodSummary::lastTermination))
                .add("node", pod.getSpec() == null ? null : pod.getSpec().getNodeName())
                .toString();
    }

    private static String initProblems(PodStatus status) {
        return reasons(
                status.getInitContainerStatuses(),
                c -> Boolean.TRUE.equals(c.getReady())
                        ? null
                        : c.getName() + ":" + (waitingReason(c) == null ? "not-ready" : waitingReason(c)));
    }

    private static String waitingReason(ContainerStatus container) {
        return container.getState() == null || container.getState().getWaiting() == null
                ? null
                : container.getState().getWaiting().getReason();
    }

    private static String lastTermination(ContainerStatus container) {
        var terminated = container.getLastState() == null
                ? null
                : container.getLastState().getTerminated();
        return terminated == null ? null : terminated.getReason() + "(" + terminated.getExitCode() + ")";
    }

    private static String reasons(
            List<ContainerStatus> containers, java.util.function.Function<ContainerStatus, String> reason) {
        return containers.stream()
                .map(reason)
                .filter(Objects::nonNull)
                .distinct()
                .collect(Collectors.joining(","));
    }

    private static int nonNull(Integer value) {
        return value == null ? 0 : value;
    }
}
