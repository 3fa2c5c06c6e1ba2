package dev.triage.mcp.eks.logs;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Optional;

/** Which container's log to read: the one named, or the only one; otherwise a message naming the choices. */
sealed interface ContainerChoice {

    record Chosen(String name) implements ContainerChoice {}

    record Problem(String reason) implements ContainerChoice {}

    static ContainerChoice of(Pod pod, Optional<String> wanted) {
        List<String> containers = names(pod.getSpec().getContainers());
        List<String> init = names(pod.getSpec().getInitContainers());
        if (wanted.isPresent()) {
            return containers.contains(wanted.get()) || init.contains(wanted.get())
                    ? new Chosen(wanted.get())
                    : new Problem("container \"" + wanted.get() + "\" is not in pod \""
                            + pod.getMetadata().getName() + "\"; " + choices(containers, init));
        }
        return containers.size() == 1
                ? new Chosen(containers.getFirst())
                : new Problem("pod \"" + pod.getMetadata().getName()
                        + "\" has several containers; pass container_name: " + choices(containers, init));
    }

    private static String choices(List<String> containers, List<String> init) {
        return "containers " + containers + (init.isEmpty() ? "" : ", init containers " + init);
    }

    private static List<String> names(List<Container> containers) {
        return containers == null
                ? List.of()
                : containers.stream().map(Container::getName).toList();
    }
}
