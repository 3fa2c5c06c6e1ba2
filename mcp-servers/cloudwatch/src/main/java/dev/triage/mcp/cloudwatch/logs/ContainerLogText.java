package dev.triage.mcp.cloudwatch.logs;

import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.validation.ArgumentRule;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What get_cloudwatch_logs tells the router and the models, and the arguments it takes. */
final class ContainerLogText {

    static final String DESCRIPTION = """
            Get the CloudWatch logs of a Kubernetes resource: resource_type pod (resource_name a pod or workload \
            name prefix), node, container or cluster, from the Container Insights log group of log_type \
            application (container output, the default), host, performance, dataplane, or control-plane (the EKS \
            API server, audit, authenticator logs). Optional filter_pattern (text the message must contain), \
            fields (Logs Insights fields, default '@timestamp, @message, @logStream'), minutes back from now \
            (default 15) and limit (default 50). Newest first.""";

    /** Logs Insights field names only: no '|', so the value cannot add a command to the query it is put in. */
    static final ArgumentRule FIELDS = ArgumentRule.matching(
            "a comma-separated list of Logs Insights field names (letters, digits, '@', '.', '_', '-'),"
                    + " e.g. @timestamp, @message, kubernetes.pod_name",
            512,
            "\\s*@?[A-Za-z0-9_.-]+(?:\\s*,\\s*@?[A-Za-z0-9_.-]+)*\\s*");

    /** Text the message must contain: quoted and escaped into the query; one line, so it stays one literal. */
    static final ArgumentRule FILTER_TEXT = ArgumentRule.matching(
            "one line of text (at most 1024 characters, no control characters)", 1024, "[^\\x00-\\x1f\\x7f]+");

    private ContainerLogText() {}

    static InputSchema schema() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("resource_type", LogToolText.string("pod, node, container or cluster"));
        properties.put("resource_name", LogToolText.string("the pod (or workload), node or container name"));
        properties.put("namespace", LogToolText.string("the Kubernetes namespace (application logs)"));
        properties.put(
                "log_type", LogToolText.string("application (default), host, performance, dataplane, control-plane"));
        properties.put("minutes", LogToolText.integer("how far back from now (default 15)", 10_080));
        properties.put("filter_pattern", LogToolText.string("text the log message must contain"));
        properties.put("fields", LogToolText.string("Logs Insights fields to return"));
        properties.put("limit", LogToolText.integer("the most events (default 50)", LogTools.MAX_ROWS));
        return new InputSchema(
                properties,
                List.of("resource_type"),
                Map.of(
                        "resource_name",
                        KubernetesNames.OBJECT_NAME,
                        "namespace",
                        KubernetesNames.NAMESPACE,
                        "fields",
                        FIELDS,
                        "filter_pattern",
                        FILTER_TEXT));
    }
}
