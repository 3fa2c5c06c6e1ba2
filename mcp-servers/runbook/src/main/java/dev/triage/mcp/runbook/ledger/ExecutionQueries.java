package dev.triage.mcp.runbook.ledger;

import dev.triage.model.ResourceRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Executions listed newest first, with the proposal each ran. */
final class ExecutionQueries {

    private final LedgerSql sql;

    ExecutionQueries(LedgerSql sql) {
        this.sql = sql;
    }

    List<ExecutionSummary> list(ExecutionFilter filter) {
        return sql.jdbc
                .sql("""
                        select e.execution_id, e.proposal_id, e.approval_id, e.status, e.executed_by, e.started_at,
                            e.finished_at, p.investigation_id, p.runbook, p.target_kind, p.target_namespace,
                            p.target_name
                        from runbook.executions e join runbook.proposals p on p.proposal_id = e.proposal_id
                        where (cast(:status as text) is null or e.status = cast(:status as text))
                            and (cast(:proposal as text) is null or e.proposal_id = cast(:proposal as text))
                            and (cast(:investigation as text) is null
                                or p.investigation_id = cast(:investigation as text))
                            and (cast(:runbook as text) is null or p.runbook = cast(:runbook as text))
                        order by e.started_at desc, e.execution_id limit :limit
                        """)
                .param("status", filter.status().orElse(null))
                .param("proposal", filter.proposalId().orElse(null))
                .param("investigation", filter.investigationId().orElse(null))
                .param("runbook", filter.runbook().orElse(null))
                .param("limit", filter.limit())
                .query(this::summary)
                .list();
    }

    private ExecutionSummary summary(ResultSet row, int n) throws SQLException {
        String approval = row.getString("approval_id");
        return new ExecutionSummary(
                row.getString("execution_id"),
                row.getString("proposal_id"),
                row.getString("investigation_id"),
                row.getString("runbook"),
                new ResourceRef(
                        row.getString("target_kind"), row.getString("target_namespace"), row.getString("target_name")),
                row.getString("status"),
                row.getString("executed_by"),
                approval == null ? null : ApprovalRecord.reference(approval),
                LedgerSql.instant(row, "started_at"),
                LedgerSql.instant(row, "finished_at"));
    }
}
