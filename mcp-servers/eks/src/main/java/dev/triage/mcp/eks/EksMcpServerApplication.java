package dev.triage.mcp.eks;

import dev.triage.kubernetes.server.KubernetesServerConfiguration;
import dev.triage.mcp.hosting.EnableMcpHosting;
import dev.triage.mcp.hosting.McpServerDefaults;
import dev.triage.mcp.hosting.McpServerDescription;
import dev.triage.mcp.hosting.launch.CachedLaunch;
import dev.triage.mcp.hosting.launch.McpServerAot;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The EKS MCP server: the diagnostic agent's only way into a cluster. */
@SpringBootApplication
@EnableMcpHosting
@Import(KubernetesServerConfiguration.class)
public class EksMcpServerApplication {

    static final String INSTRUCTIONS = """
            Read-only tools for one Kubernetes (EKS) cluster. Start with find_unhealthy for a ranked list of \
            problems with quoted evidence, or get_cluster_info for the cluster as a whole. Then drill down: \
            list_resources (status summaries per object), get_resource (one object as YAML), get_events, \
            get_pod_logs (current or previous container). Secret values are never returned, only key names. \
            A failed call comes back as an error result naming the call and the API's answer: fix the call and \
            retry.""";

    /** On the build's AOT cache when run as {@code java -jar}, in a child JVM ({@link CachedLaunch}). */
    public static void main(String[] args) {
        CachedLaunch.relaunchIfCached(args, McpServerAot.PROFILE);
        new SpringApplicationBuilder(EksMcpServerApplication.class)
                .properties(McpServerDefaults.PROPERTIES)
                .run(args);
    }

    @Bean
    McpServerDescription eksServerDescription() {
        String version = EksMcpServerApplication.class.getPackage().getImplementationVersion();
        return new McpServerDescription("triage-eks", version == null ? "dev" : version, INSTRUCTIONS);
    }
}
