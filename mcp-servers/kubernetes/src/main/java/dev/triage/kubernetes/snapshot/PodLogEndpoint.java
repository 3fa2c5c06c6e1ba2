package dev.triage.kubernetes.snapshot;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.http.MockResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The pod {@code /log} subresource, served from the snapshot's {@code logs/} with the API server's errors. */
final class PodLogEndpoint {

    private static final Pattern PATH = Pattern.compile("/api/v1/namespaces/([^/?]+)/pods/([^/?]+)/log(?:\\?(.*))?");

    private final Path root;
    private final Instant capturedAt;
    private final KubernetesCrudDispatcher store;
    private final KubernetesSerialization serialization;

    PodLogEndpoint(
            Path root, Instant capturedAt, KubernetesCrudDispatcher store, KubernetesSerialization serialization) {
        this.root = root;
        this.capturedAt = capturedAt;
        this.store = store;
        this.serialization = serialization;
    }

    boolean matches(String path) {
        return PATH.matcher(path).matches();
    }

    MockResponse serve(String path) {
        Matcher matcher = PATH.matcher(path);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a pod log path: " + path);
        }
        try {
            LogQuery query = LogQuery.parse(matcher.group(3), capturedAt);
            Pod pod = pod(matcher.group(1), matcher.group(2));
            Optional<Path> file = logFile(pod, query);
            // Lenient decoding: a log is whatever bytes a program wrote, not always valid UTF-8.
            String log = file.isPresent() ? new String(Files.readAllBytes(file.get()), StandardCharsets.UTF_8) : "";
            return new MockResponse()
                    .setResponseCode(200)
                    .setHeader("Content-Type", "text/plain")
                    .setBody(LogFilter.apply(log, query));
        } catch (ApiError error) {
            return error.toResponse(serialization);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Read from the store, not the snapshot, so the log follows pods created or deleted through the API. */
    private Pod pod(String namespace, String name) {
        MockResponse found = store.handleGet("/api/v1/namespaces/" + namespace + "/pods/" + name);
        if (found.code() != 200) {
            throw ApiError.notFound("pods \"" + name + "\" not found");
        }
        return serialization.unmarshal(found.getBody().readUtf8(), Pod.class);
    }

    /** Empty when the container ran but the snapshot holds no log for it: it wrote nothing we kept. */
    private Optional<Path> logFile(Pod pod, LogQuery query) {
        String podName = pod.getMetadata().getName();
        String container = container(pod, query.container());
        Optional<Path> file = SnapshotLayout.existingLog(
                root, pod.getMetadata().getNamespace(), podName, container, query.previous());
        if (file.isEmpty() && query.previous()) {
            throw ApiError.badRequest(
                    "previous terminated container \"" + container + "\" in pod \"" + podName + "\" not found");
        }
        if (file.isEmpty()) {
            waitingReason(pod, container).ifPresent(reason -> {
                throw ApiError.badRequest(
                        "container \"" + container + "\" in pod \"" + podName + "\" is waiting to start: " + reason);
            });
        }
        return file;
    }

    private static String container(Pod pod, String asked) {
        PodSpec spec = Objects.requireNonNullElseGet(pod.getSpec(), PodSpec::new);
        List<String> main = names(spec.getContainers());
        List<String> init = names(spec.getInitContainers());
        if (asked == null || asked.isEmpty()) {
            if (main.size() == 1) {
                return main.getFirst();
            }
            throw ApiError.badRequest("a container name must be specified for pod "
                    + pod.getMetadata().getName() + ", choose one of: " + main + " or one of the init containers: "
                    + init);
        }
        if (!main.contains(asked) && !init.contains(asked)) {
            throw ApiError.badRequest("container \"" + asked + "\" is not valid for pod \""
                    + pod.getMetadata().getName() + "\"");
        }
        return asked;
    }

    /** Why a container that never ran is waiting; empty once it has run (it has a last state). */
    private static Optional<String> waitingReason(Pod pod, String container) {
        if (pod.getStatus() == null) {
            return Optional.of("ContainerCreating");
        }
        return Stream.concat(
                        pod.getStatus().getContainerStatuses().stream(),
                        pod.getStatus().getInitContainerStatuses().stream())
                .filter(status -> status.getName().equals(container))
                .filter(status -> status.getState() != null && status.getState().getWaiting() != null)
                .filter(status ->
                        status.getLastState() == null || status.getLastState().getTerminated() == null)
                .map(status -> Objects.requireNonNullElse(
                        status.getState().getWaiting().getReason(), "Waiting"))
                .findFirst();
    }

    private static List<String> names(List<Container> containers) {
        return containers.stream().map(Container::getName).toList();
    }
}
