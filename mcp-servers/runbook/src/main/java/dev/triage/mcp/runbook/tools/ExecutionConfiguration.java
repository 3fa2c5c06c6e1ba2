package dev.triage.mcp.runbook.tools;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.server.ClusterSourceProperties;
import dev.triage.mcp.runbook.catalog.RunbookCatalog;
import dev.triage.mcp.runbook.execution.Executor;
import dev.triage.mcp.runbook.execution.StepRunner;
import dev.triage.mcp.runbook.ledger.LedgerKept;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.mcp.runbook.proposal.Proposer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The executor over the proposer, the ledger and the cluster. */
@Configuration(proxyBeanMethods = false)
@LedgerKept
class ExecutionConfiguration {

    /** A snapshot is served without controllers: nothing there rolls out, so checks pass once a change is applied. */
    @Bean
    Executor executor(
            Proposer proposer,
            RunbookLedger ledger,
            RunbookCatalog catalog,
            ClusterConnection cluster,
            ClusterSourceProperties source) {
        boolean withoutControllers = source.snapshotDir().isPresent();
        return new Executor(proposer, ledger, new StepRunner(catalog, cluster.client(), withoutControllers));
    }
}
