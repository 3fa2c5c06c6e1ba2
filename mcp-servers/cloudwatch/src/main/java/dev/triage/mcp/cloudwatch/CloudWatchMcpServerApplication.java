package dev.triage.mcp.cloudwatch;

import dev.triage.mcp.hosting.EnableMcpHosting;
import dev.triage.mcp.hosting.McpServerDefaults;
import dev.triage.mcp.hosting.McpServerDescription;
import dev.triage.mcp.hosting.launch.CachedLaunch;
import dev.triage.mcp.hosting.launch.McpServerAot;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/** The CloudWatch MCP server: the analysis agent's only way to metrics and CloudWatch Logs. */
@SpringBootApplication
@EnableMcpHosting
public class CloudWatchMcpServerApplication {

    static final String INSTRUCTIONS = """
            Read-only tools for the metrics and logs of one EKS cluster (CloudWatch Container Insights and \
            CloudWatch Logs, or a snapshot's recorded series). Start with analyze_workload for a pod, workload or \
            namespace: it returns saturation, restart trends and level shifts with the figures quoted. Then drill \
            down: get_cloudwatch_metrics (Container Insights by resource), get_metric_data (several queries, \
            percentiles), list_metrics, get_cloudwatch_logs, filter_log_events, run_logs_insights_query. \
            get_eks_metrics_guidance explains the Container Insights metrics and their traps (PodName is the \
            workload name; *_over_pod_limit is against the pod's limit). A failed call comes back as an error \
            result naming the call and the upstream error: fix the call and retry.""";

    /** On the build's AOT cache when run as {@code java -jar}, in a child JVM ({@link CachedLaunch}). */
    public static void main(String[] args) {
        CachedLaunch.relaunchIfCached(args, McpServerAot.PROFILE);
        new SpringApplicationBuilder(CloudWatchMcpServerApplication.class)
                .properties(McpServerDefaults.PROPERTIES)
                .run(args);
    }

    @Bean
    McpServerDescription cloudWatchServerDescription() {
        String version = CloudWatchMcpServerApplication.class.getPackage().getImplementationVersion();
        return new McpServerDescription("triage-cloudwatch", version == null ? "dev" : version, INSTRUCTIONS);
    }
}
