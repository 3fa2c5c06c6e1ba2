package dev.triage.orchestrator.approval;

import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.model.InvestigationReport;
import dev.triage.orchestrator.store.InvestigationStore;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approvals service over the runbook ledger on the service's database: the runbook server (embedded, or its own
 * deployment pointed at the same PostgreSQL) records proposals there and checks the approvals given here. The
 * ledger is no bean: the service is the only way to it.
 */
@Configuration(proxyBeanMethods = false)
class ApprovalsConfiguration {

    @Bean
    ApprovalService approvalService(
            DataSource dataSource, RunbookTools runbook, JsonMapper json, InvestigationStore investigations) {
        return new ApprovalService(RunbookLedger.open(dataSource), runbook, json, id -> clusterOf(investigations, id));
    }

    /** The cluster an investigation looked at; empty for an id that is none of this service's investigations. */
    private static Optional<String> clusterOf(InvestigationStore investigations, String id) {
        try {
            return investigations.report(id).map(InvestigationReport::cluster);
        } catch (IllegalArgumentException notAnInvestigationId) {
            return Optional.empty();
        }
    }
}
