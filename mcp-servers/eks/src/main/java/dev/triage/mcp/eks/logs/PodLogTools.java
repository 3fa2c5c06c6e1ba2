package dev.triage.mcp.eks.logs;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.PodLog;
import dev.triage.mcp.eks.cluster.NamespaceGuard;
import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.springframework.stereotype.Component;

/** Container logs, current or of the previous (crashed) instance. A sensitive read: logs carry application data. */
@Component
class PodLogTools implements ToolGroup {

    static final int MAX_TAIL_LINES = 5000;
    static final int MAX_LIMIT_BYTES = 1024 * 1024;

    private static final String DESCRIPTION = """
            Get the end of a container's log. For a crash-looping container pass previous=true: the log of the \
            instance that crashed holds the error (the current one has often just started). container_name is \
            needed when the pod has several containers; the error names them. Bounded by tail_lines (default \
            100) and limit_bytes (default 32 KiB).""";

    private final ClusterConnection cluster;

    PodLogTools(ClusterConnection cluster) {
        this.cluster = cluster;
    }

    @Override
    public List<ToolDefinition> tools() {
        var schema = InputSchema.builder()
                .requiredString("pod_name", "Pod name", KubernetesNames.OBJECT_NAME)
                .requiredString("namespace", "Namespace of the pod", KubernetesNames.NAMESPACE)
                .string("container_name", "Container; needed when the pod has more than one", KubernetesNames.CONTAINER)
                .bool("previous", "Log of the previous, terminated instance (after a crash or OOM kill)")
                .integer("tail_lines", "Lines from the end of the log (default 100)", 1, MAX_TAIL_LINES)
                .integer("since_seconds", "Only lines newer than this many seconds", 1, 30L * 24 * 3600)
                .integer("limit_bytes", "Most bytes to return (default 32768)", 1, MAX_LIMIT_BYTES)
                .build();
        return List.of(ToolDefinition.sensitiveRead("get_pod_logs", DESCRIPTION, schema, this::logs));
    }

    private ToolOutcome logs(ToolArguments args) {
        String namespace = args.requiredString("namespace");
        String podName = args.requiredString("pod_name");
        Optional<String> problem = NamespaceGuard.problemWith(cluster.client(), namespace);
        if (problem.isPresent()) {
            return args.failed(problem.get());
        }
        Pod pod =
                cluster.client().pods().inNamespace(namespace).withName(podName).get();
        if (pod == null) {
            return args.failed("pods \"" + podName + "\" not found in namespace \"" + namespace + "\"");
        }
        return switch (ContainerChoice.of(pod, args.optionalString("container_name"))) {
            case ContainerChoice.Problem(String reason) -> args.failed(reason);
            case ContainerChoice.Chosen(String container) ->
                read(args, LogRequest.from(args, namespace, podName, container));
        };
    }

    private ToolOutcome read(ToolArguments args, LogRequest request) {
        String log = fetch(request);
        return log.isBlank()
                ? args.noData(request.describe() + " has no lines" + request.window())
                : args.ok(request.render(log));
    }

    private String fetch(LogRequest request) {
        // One line more than asked, so the answer can say whether earlier lines exist. No byte limit on the request:
        // the API server would keep the first bytes of the tail, and the newest lines are the ones to keep (render
        // cuts from the front); the line count bounds what is read.
        return new PodLog(
                        request.namespace(),
                        request.pod(),
                        request.container(),
                        request.previous(),
                        OptionalInt.of(request.tailLines() + 1),
                        OptionalInt.empty(),
                        request.sinceSeconds().map(OptionalInt::of).orElse(OptionalInt.empty()))
                .read(cluster.client());
    }
}
