package dev.triage.kubernetes.capture;

import dev.triage.kubernetes.PodLog;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/** Fetches the bounded current and previous logs of every container and init container of some pods. */
final class LogCapture {

    private final KubernetesClient client;
    private final CaptureOptions options;
    private final SnapshotWriter writer;
    private final List<String> warnings;

    LogCapture(KubernetesClient client, CaptureOptions options, SnapshotWriter writer, List<String> warnings) {
        this.client = client;
        this.options = options;
        this.writer = writer;
        this.warnings = warnings;
    }

    void capture(List<Pod> pods) throws IOException {
        for (Pod pod : pods) {
            List<Container> containers = Stream.concat(
                            pod.getSpec().getInitContainers().stream(), pod.getSpec().getContainers().stream())
                    .toList();
            for (Container container : containers) {
                Optional<ContainerStatus> status = status(pod, container.getName());
                if (status.map(LogCapture::hasRun).orElse(false)) {
                    fetch(pod, container.getName(), false);
                }
                if (status.map(LogCapture::hasPrevious).orElse(false)) {
                    fetch(pod, container.getName(), true);
                }
            }
        }
    }

    private void fetch(Pod pod, String container, boolean previous) throws IOException {
        String namespace = pod.getMetadata().getNamespace();
        String name = pod.getMetadata().getName();
        PodLog request = new PodLog(
                namespace,
                name,
                container,
                previous,
                OptionalInt.of(options.tailLines()),
                OptionalInt.of(options.maxLogBytes()),
                OptionalInt.empty());
        byte[] log;
        try {
            byte[] read = request.read(client).getBytes(StandardCharsets.UTF_8);
            log = read.length <= options.maxLogBytes() ? read : Arrays.copyOf(read, options.maxLogBytes());
        } catch (KubernetesClientException e) {
            warnings.add("log " + namespace + "/" + name + "/" + container + (previous ? " (previous)" : "") + ": "
                    + e.getMessage());
            return;
        }
        writer.writeLog(namespace, name, container, previous, log);
    }

    private static Optional<ContainerStatus> status(Pod pod, String container) {
        if (pod.getStatus() == null) {
            return Optional.empty();
        }
        return Stream.concat(
                        pod.getStatus().getContainerStatuses().stream(),
                        pod.getStatus().getInitContainerStatuses().stream())
                .filter(status -> container.equals(status.getName()))
                .findFirst();
    }

    /** A container still waiting for its first start has no log to fetch. */
    private static boolean hasRun(ContainerStatus status) {
        boolean waiting = status.getState() != null && status.getState().getWaiting() != null;
        return !waiting || hasPrevious(status);
    }

    private static boolean hasPrevious(ContainerStatus status) {
        boolean terminatedBefore =
                status.getLastState() != null && status.getLastState().getTerminated() != null;
        return terminatedBefore || (status.getRestartCount() != null && status.getRestartCount() > 0);
    }
}
