package dev.triage.mcp.cloudwatch.logs;

import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import dev.triage.mcp.hosting.validation.ArgumentRule;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Logs Insights query get_cloudwatch_logs runs for a resource, as the AWS EKS MCP server builds it: the
 * resource selected by the fields Fluent Bit (application), the CloudWatch agent (performance) or the stream name
 * (host, dataplane, control plane) carry, then the text filter, newest first.
 */
record ResourceLogQuery(String resourceType, Optional<String> name, Optional<String> namespace, String logType) {

    static final List<String> TYPES = List.of("cluster", "node", "pod", "container");

    ResourceLogQuery {
        if (!TYPES.contains(resourceType)) {
            throw new InvalidArgumentException("resource_type", "must be one of " + TYPES + ", got " + resourceType);
        }
        // The tool boundary checked these already; a query is never built from anything else.
        name.ifPresent(value -> check("resource_name", value, KubernetesNames.OBJECT_NAME));
        namespace.ifPresent(value -> check("namespace", value, KubernetesNames.NAMESPACE));
        if (!resourceType.equals("cluster") && name.isEmpty()) {
            throw new InvalidArgumentException("resource_name", "is required for resource_type " + resourceType);
        }
    }

    String build(String fields, Optional<String> text, int limit) {
        check("fields", fields, ContainerLogText.FIELDS);
        text.ifPresent(value -> check("filter_pattern", value, ContainerLogText.FILTER_TEXT));
        List<String> parts = new ArrayList<>();
        parts.add("fields " + fields);
        selector().ifPresent(filter -> parts.add("filter " + filter));
        if (logType.equals("application")) {
            namespace.ifPresent(ns -> parts.add("filter kubernetes.namespace_name = \"" + ns + "\""));
        }
        text.ifPresent(t ->
                parts.add("filter @message like \"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
        parts.add("sort @timestamp desc");
        parts.add("limit " + limit);
        return String.join(" | ", parts);
    }

    private Optional<String> selector() {
        if (name.isEmpty() || resourceType.equals("cluster")) {
            return Optional.empty();
        }
        String value = name.get();
        // Kubernetes names hold no regex syntax but the dot.
        String regex = "/" + value.replace(".", "\\.") + "/";
        return Optional.of(
                switch (logType) {
                    case "application" ->
                        switch (resourceType) {
                            case "pod" -> "kubernetes.pod_name like " + regex;
                            case "node" -> "kubernetes.host like " + regex;
                            default -> "kubernetes.container_name = \"" + value + "\"";
                        };
                    case "performance" ->
                        switch (resourceType) {
                            case "pod" -> "PodName = \"" + value + "\" or kubernetes.pod_name like " + regex;
                            case "node" -> "NodeName = \"" + value + "\"";
                            default -> "ContainerName = \"" + value + "\"";
                        };
                    default -> "@logStream like " + regex + " or @message like " + regex;
                });
    }

    private static void check(String argument, String value, ArgumentRule rule) {
        rule.problem(value).ifPresent(problem -> {
            throw new InvalidArgumentException(argument, problem);
        });
    }

    static String type(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
