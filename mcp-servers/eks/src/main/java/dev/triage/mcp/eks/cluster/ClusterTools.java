package dev.triage.mcp.eks.cluster;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.server.ClusterSourceProperties;
import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Pod;
import io.opentelemetry.context.Context;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The cluster as a whole: what it is, where the data comes from, its namespaces and API versions. Read-only. */
@Component
class ClusterTools implements ToolGroup {

    private static final String INFO_DESCRIPTION = """
            Describe the cluster: its name, Kubernetes version, nodes (how many are Ready, which are not, which \
            report memory/disk/PID pressure), namespace count, and where the data comes from (a live API server, \
            or a snapshot and the time it was captured: ages are judged at that time). Call it first to orient.""";

    private static final String NAMESPACES_DESCRIPTION = """
            List the namespaces with their phase and age, and per namespace how many pods there are and how many \
            are not running and ready: where to look first.""";

    private static final String API_VERSIONS_DESCRIPTION = """
            List the API versions the cluster serves (v1, apps/v1, batch/v1, networking.k8s.io/v1, custom \
            resource groups...), to pass as api_version to list_resources or get_resource for custom resources.""";

    private final ClusterConnection cluster;
    private final ClusterInfo info;

    ClusterTools(ClusterConnection cluster, ClusterSourceProperties source) {
        this.cluster = cluster;
        this.info = new ClusterInfo(cluster, source);
    }

    @Override
    public List<ToolDefinition> tools() {
        return List.of(
                ToolDefinition.read(
                        "get_cluster_info", INFO_DESCRIPTION, InputSchema.none(), args -> args.ok(info.describe())),
                ToolDefinition.read("list_namespaces", NAMESPACES_DESCRIPTION, InputSchema.none(), this::namespaces),
                ToolDefinition.read(
                        "list_api_versions",
                        API_VERSIONS_DESCRIPTION,
                        InputSchema.none(),
                        args -> args.ok(new ApiVersions(cluster.client()).describe())));
    }

    private ToolOutcome namespaces(ToolArguments args) {
        // The two lists do not depend on each other: the pods' round trip runs while the namespaces' does.
        CompletableFuture<List<Pod>> allPods = CompletableFuture.supplyAsync(
                () -> cluster.client().pods().inAnyNamespace().list().getItems(), inThisContext());
        List<Namespace> namespaces = cluster.client().namespaces().list().getItems();
        if (namespaces.isEmpty()) {
            return args.noData("the cluster lists no namespaces");
        }
        Map<String, List<Pod>> pods = joined(allPods).stream()
                .collect(Collectors.groupingBy(pod -> pod.getMetadata().getNamespace()));
        Instant now = cluster.clock().instant();
        String lines = namespaces.stream()
                .map(ns -> line(ns, pods.getOrDefault(ns.getMetadata().getName(), List.of()), now))
                .sorted()
                .collect(Collectors.joining("\n"));
        return args.ok(namespaces.size() + " namespaces:\n" + lines);
    }

    /**
     * A virtual thread per task, in the caller's context: fabric8 sends from the calling thread, so the request it
     * sends there is still a client span of the tool call's trace.
     */
    private static Executor inThisContext() {
        return Context.current().wrap((Runnable task) -> Thread.ofVirtual().start(task));
    }

    /** The failure as the caller's own call would have thrown it (a tool call's error describes it). */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    private static String line(Namespace namespace, List<Pod> pods, Instant now) {
        long unhealthy = pods.stream()
                .filter(pod -> !PodHealth.runningAndReady(pod) && !PodHealth.completed(pod))
                .count();
        String phase =
                namespace.getStatus() == null ? "?" : namespace.getStatus().getPhase();
        return namespace.getMetadata().getName() + "  phase=" + phase + " pods=" + pods.size() + " notReady="
                + unhealthy + " age=" + Ages.since(namespace.getMetadata().getCreationTimestamp(), now);
    }
}
