package dev.triage.mcp.runbook.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Executions and their steps, each step audited as it starts and as it ends. */
public final class ExecutionLedger {

    private final LedgerSql sql;
    private final ExecutionQueries queries;

    ExecutionLedger(LedgerSql sql) {
        this.sql = sql;
        this.queries = new ExecutionQueries(sql);
    }

    /**
     * A new RUNNING execution, audited as started by {@code executedBy}, the person who asked for it;
     * {@code approvalId} is null when policy needed no approval.
     */
    public String start(String proposalId, String approvalId, String executedBy) {
        UUID id = UUID.randomUUID();
        sql.transactions.executeWithoutResult(status -> {
            sql.jdbc
                    .sql("""
                            insert into runbook.executions (execution_id, proposal_id, approval_id, status,
                                executed_by)
                            values (:id, :proposalId, :approvalId, 'RUNNING', :executedBy)
                            """)
                    .param("id", id)
                    .param("proposalId", proposalId)
                    .param("approvalId", approvalId == null ? null : UUID.fromString(approvalId))
                    .param("executedBy", executedBy)
                    .update();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("execution", id.toString());
            detail.put("approval", approvalId == null ? null : ApprovalRecord.reference(approvalId));
            sql.audit(executedBy, AuditAction.EXECUTION_STARTED, proposalId, detail);
        });
        return id.toString();
    }

    public void stepStarted(String executionId, String proposalId, int index, String action, Map<String, ?> detail) {
        sql.transactions.executeWithoutResult(status -> {
            sql.jdbc
                    .sql("""
                            insert into runbook.execution_steps (execution_id, step_index, action, status, detail)
                            values (:id, :index, :action, 'RUNNING', cast(:detail as jsonb))
                            """)
                    .param("id", UUID.fromString(executionId))
                    .param("index", index)
                    .param("action", action)
                    .param("detail", sql.write(detail))
                    .update();
            sql.audit(LedgerSql.SERVER, AuditAction.STEP_STARTED, proposalId, step(executionId, index, action, detail));
        });
    }

    /**
     * Ends a step: {@code DONE} (audited STEP_DONE), {@code VERIFIED} (VERIFIED), {@code UNVERIFIED} (UNVERIFIED: a
     * check that could observe nothing) or {@code FAILED} (STEP_FAILED).
     */
    public void stepFinished(
            String executionId, String proposalId, int index, String action, String status, Map<String, ?> detail) {
        AuditAction audited =
                switch (status) {
                    case "DONE" -> AuditAction.STEP_DONE;
                    case "VERIFIED" -> AuditAction.VERIFIED;
                    case "UNVERIFIED" -> AuditAction.UNVERIFIED;
                    case "FAILED" -> AuditAction.STEP_FAILED;
                    default ->
                        throw new IllegalArgumentException(
                                "a step ends DONE, VERIFIED, UNVERIFIED or FAILED: " + status);
                };
        sql.transactions.executeWithoutResult(tx -> {
            sql.jdbc
                    .sql("""
                            update runbook.execution_steps set status = :status, finished_at = clock_timestamp(),
                                detail = detail || cast(:detail as jsonb)
                            where execution_id = :id and step_index = :index
                            """)
                    .param("status", status)
                    .param("detail", sql.write(detail))
                    .param("id", UUID.fromString(executionId))
                    .param("index", index)
                    .update();
            sql.audit(LedgerSql.SERVER, audited, proposalId, step(executionId, index, action, detail));
        });
    }

    /** Ends the execution and sets the proposal's status from it (EXECUTED or FAILED). */
    public void finish(String executionId, String proposalId, boolean succeeded) {
        sql.transactions.executeWithoutResult(tx -> {
            sql.jdbc
                    .sql("""
                            update runbook.executions set status = :status, finished_at = clock_timestamp()
                            where execution_id = :id
                            """)
                    .param("status", succeeded ? "SUCCEEDED" : "FAILED")
                    .param("id", UUID.fromString(executionId))
                    .update();
            sql.jdbc
                    .sql("update runbook.proposals set status = :status where proposal_id = :id")
                    .param("status", succeeded ? "EXECUTED" : "FAILED")
                    .param("id", proposalId)
                    .update();
        });
    }

    /** Executions newest first, narrowed by {@code filter}; without their steps. */
    public List<ExecutionSummary> list(ExecutionFilter filter) {
        return queries.list(filter);
    }

    public Optional<ExecutionRecord> find(String executionId) {
        UUID id;
        try {
            id = UUID.fromString(executionId);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        List<ExecutionRecord.Step> steps = sql.jdbc
                .sql("select * from runbook.execution_steps where execution_id = :id order by step_index")
                .param("id", id)
                .query(this::step)
                .list();
        return sql.jdbc
                .sql("select * from runbook.executions where execution_id = :id")
                .param("id", id)
                .query((row, n) -> execution(row, steps))
                .optional();
    }

    private static Map<String, Object> step(String executionId, int index, String action, Map<String, ?> detail) {
        return Map.of("execution", executionId, "step", index, "action", action, "detail", detail);
    }

    private ExecutionRecord.Step step(ResultSet row, int n) throws SQLException {
        return new ExecutionRecord.Step(
                row.getInt("step_index"),
                row.getString("action"),
                row.getString("status"),
                sql.tree(row, "detail"),
                LedgerSql.instant(row, "started_at"),
                LedgerSql.instant(row, "finished_at"));
    }

    private static ExecutionRecord execution(ResultSet row, List<ExecutionRecord.Step> steps) throws SQLException {
        return new ExecutionRecord(
                row.getString("execution_id"),
                row.getString("proposal_id"),
                row.getString("approval_id"),
                row.getString("status"),
                LedgerSql.instant(row, "started_at"),
                LedgerSql.instant(row, "finished_at"),
                steps,
                row.getString("executed_by"));
    }
}
