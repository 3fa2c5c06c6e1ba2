package dev.triage.mcp.runbook.tools;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.mcp.runbook.catalog.RunbookCatalog;
import dev.triage.mcp.runbook.policy.Policies;
import dev.triage.mcp.runbook.proposal.Proposer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The proposer over the library and the cluster connection. */
@Configuration(proxyBeanMethods = false)
class ProposalConfiguration {

    @Bean
    Proposer proposer(RunbookCatalog catalog, Policies policies, ClusterConnection cluster) {
        return new Proposer(catalog, policies, cluster.client(), cluster.clock());
    }
}
