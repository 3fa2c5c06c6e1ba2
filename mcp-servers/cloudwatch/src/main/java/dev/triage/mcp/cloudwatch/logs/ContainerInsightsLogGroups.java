package dev.triage.mcp.cloudwatch.logs;

import dev.triage.mcp.hosting.tool.InvalidArgumentException;
import java.util.Locale;

/** The log groups Container Insights and EKS write on a cluster. */
public final class ContainerInsightsLogGroups {

    public static final String TYPES = "application, host, performance, dataplane, control-plane";

    private ContainerInsightsLogGroups() {}

    public static String application(String cluster) {
        return "/aws/containerinsights/" + cluster + "/application";
    }

    /** The log group of a log type: Fluent Bit's four groups, and the EKS control plane's. */
    public static String of(String cluster, String logType) {
        return switch (logType.toLowerCase(Locale.ROOT)) {
            case "application", "host", "performance", "dataplane" ->
                "/aws/containerinsights/" + cluster + "/" + logType.toLowerCase(Locale.ROOT);
            case "control-plane", "control_plane", "cluster" -> "/aws/eks/" + cluster + "/cluster";
            default -> throw new InvalidArgumentException("log_type", "must be one of " + TYPES + ", got " + logType);
        };
    }
}
