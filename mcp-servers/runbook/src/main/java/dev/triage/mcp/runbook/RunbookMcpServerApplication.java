package dev.triage.mcp.runbook;

import dev.triage.kubernetes.server.KubernetesServerConfiguration;
import dev.triage.mcp.hosting.EnableMcpHosting;
import dev.triage.mcp.hosting.McpServerDefaults;
import dev.triage.mcp.hosting.McpServerDescription;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The runbook MCP server: the remediation agent's only way to propose (and, later, run) a change. */
@SpringBootApplication
@EnableMcpHosting
@Import(KubernetesServerConfiguration.class)
public class RunbookMcpServerApplication {

    static final String INSTRUCTIONS = """
            Remediation runbooks for one Kubernetes (EKS) cluster. list_runbooks shows the catalog (filter by \
            a finding's category), get_runbook one runbook's steps, parameters, verification and rollback, \
            find_guides the investigation guide for an alert. propose_remediation checks a runbook against the \
            catalog, the namespace's policy and the live object and returns the exact dry-run plan with a \
            proposalId, or REFUSED with the reason. Nothing here changes the cluster: a proposal only runs \
            after a human approves it. A failed call comes back as an error naming the call: fix it and retry.""";

    public static void main(String[] args) {
        new SpringApplicationBuilder(RunbookMcpServerApplication.class)
                .properties(McpServerDefaults.PROPERTIES)
                .run(args);
    }

    @Bean
    McpServerDescription runbookServerDescription() {
        String version = RunbookMcpServerApplication.class.getPackage().getImplementationVersion();
        return new McpServerDescription("triage-runbook", version == null ? "dev" : version, INSTRUCTIONS);
    }
}
