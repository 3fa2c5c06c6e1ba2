package dev.triage.mcp.eks.resources;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.mcp.hosting.McpHostingProperties;
import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import java.util.List;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/** Objects of any kind: listed with status summaries, or one as YAML. Read-only. */
@Component
class ResourceTools implements ToolGroup {

    static final int MAX_LIMIT = 500;

    private static final String LIST_DESCRIPTION = """
            List Kubernetes objects of one kind with a one-line status summary each (pods: phase, ready x/y, \
            restarts, waiting reason, last termination, node; deployments: ready/updated/available and conditions; \
            nodes: Ready and pressure; services: type, selector, ready endpoints; PVCs: phase, capacity, class; \
            jobs: succeeded/failed and conditions; events: type, reason, message). Use it to see which objects are \
            unhealthy before reading one in full with get_resource. Secrets show only their type and key names.""";

    private static final String GET_DESCRIPTION = """
            Get one Kubernetes object as YAML (spec and status; managedFields removed; env values and flags that \
            look secret are redacted; a Secret shows only its type and key names). Use it after list_resources or \
            find_unhealthy to read an object's full spec and status.""";

    private final ResourceReader reader;
    private final boolean sensitiveReads;

    ResourceTools(ClusterConnection cluster, McpHostingProperties hosting) {
        this.reader = new ResourceReader(cluster);
        this.sensitiveReads = hosting.sensitiveReads();
    }

    @Override
    public List<ToolDefinition> tools() {
        return List.of(
                ToolDefinition.read("list_resources", LIST_DESCRIPTION, listSchema(), this::list),
                ToolDefinition.read("get_resource", GET_DESCRIPTION, getSchema(), this::get));
    }

    private ToolOutcome list(ToolArguments args) {
        return withKind(args, kind -> reader.list(args, kind));
    }

    private ToolOutcome get(ToolArguments args) {
        return withKind(args, kind -> reader.get(args, kind));
    }

    private ToolOutcome withKind(ToolArguments args, Function<ResolvedKind, ToolOutcome> call) {
        return switch (reader.resolve(args)) {
            case ResolvedKind.Resolution.Unknown unknown -> args.failed(unknown.reason());
            case ResolvedKind.Resolution.Found found
            when !sensitiveReads && found.kind().kind().equals("Event") ->
                args.failed("events are sensitive reads, which this server does not serve "
                        + "(triage.mcp.sensitive-reads=false)");
            case ResolvedKind.Resolution.Found found -> call.apply(found.kind());
        };
    }

    private static InputSchema listSchema() {
        return InputSchema.builder()
                .requiredString(
                        "kind",
                        "Kind to list, e.g. Pod, Deployment, Service, Node, PersistentVolumeClaim, "
                                + "Job, Event; plural and short names work too (pods, deploy, svc)",
                        KubernetesNames.KIND)
                .string(
                        "api_version",
                        "API version, e.g. v1, apps/v1; needed only for custom resources",
                        KubernetesNames.API_VERSION)
                .string(
                        "namespace",
                        "Namespace; all namespaces when omitted (ignored for cluster-scoped kinds)",
                        KubernetesNames.NAMESPACE)
                .string(
                        "label_selector",
                        "Label selector, kubectl syntax, e.g. app=cart,tier!=cache",
                        KubernetesNames.LABEL_SELECTOR)
                .string(
                        "field_selector",
                        "Field selector, kubectl syntax, e.g. status.phase!=Running",
                        KubernetesNames.FIELD_SELECTOR)
                .integer("limit", "Most objects to return (default 100)", 1, MAX_LIMIT)
                .build();
    }

    private static InputSchema getSchema() {
        return InputSchema.builder()
                .requiredString(
                        "kind",
                        "Kind, e.g. Pod, Deployment, Node; plural and short names work too",
                        KubernetesNames.KIND)
                .requiredString("name", "Object name", KubernetesNames.OBJECT_NAME)
                .string("namespace", "Namespace of a namespaced object (default: default)", KubernetesNames.NAMESPACE)
                .string(
                        "api_version",
                        "API version, e.g. apps/v1; needed only for custom resources",
                        KubernetesNames.API_VERSION)
                .build();
    }
}
