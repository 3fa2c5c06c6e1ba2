package dev.triage.mcp.runbook;

import dev.triage.kubernetes.server.KubernetesServerConfiguration;
import dev.triage.mcp.hosting.EnableMcpHosting;
import dev.triage.mcp.hosting.McpServerDefaults;
import dev.triage.mcp.hosting.McpServerDescription;
import dev.triage.mcp.hosting.launch.CachedLaunch;
import dev.triage.mcp.hosting.launch.McpServerAot;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The runbook MCP server: the remediation agent's only way to propose a change, and the only way to run one. */
@SpringBootApplication
@EnableMcpHosting
@Import(KubernetesServerConfiguration.class)
public class RunbookMcpServerApplication {

    static final String INSTRUCTIONS = """
            Remediation runbooks for one Kubernetes (EKS) cluster. list_runbooks shows the catalog (filter by \
            a finding's category), get_runbook one runbook's steps, parameters, verification and rollback, \
            find_guides the investigation guide for an alert. propose_remediation checks a runbook against the \
            catalog, the namespace's policy and the live object and returns the exact dry-run plan with a \
            proposalId, or REFUSED with the reason; the proposal is recorded. Only execute_runbook changes the \
            cluster, and only for a proposal a human approved (the approval runs once); get_execution shows a \
            run, create_incident records an incident. A failed call comes back as an error naming the call: fix \
            it and retry.""";

    /** The server's defaults: its mutating tools check a human's approval themselves, so the hosting serves them. */
    private static final Map<String, Object> PROPERTIES = defaults();

    /** On the build's AOT cache when run as {@code java -jar}, in a child JVM ({@link CachedLaunch}). */
    public static void main(String[] args) {
        CachedLaunch.relaunchIfCached(args, McpServerAot.PROFILE);
        new SpringApplicationBuilder(RunbookMcpServerApplication.class)
                .properties(PROPERTIES)
                .run(args);
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> properties = new HashMap<>(McpServerDefaults.PROPERTIES);
        properties.put("triage.mcp.mutating-tools", "approval-gated");
        return Map.copyOf(properties);
    }

    @Bean
    McpServerDescription runbookServerDescription() {
        String version = RunbookMcpServerApplication.class.getPackage().getImplementationVersion();
        return new McpServerDescription("triage-runbook", version == null ? "dev" : version, INSTRUCTIONS);
    }
}
