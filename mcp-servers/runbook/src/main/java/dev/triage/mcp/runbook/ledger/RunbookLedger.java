package dev.triage.mcp.runbook.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import tools.jackson.core.type.TypeReference;

/**
 * The runbook ledger in PostgreSQL (schema {@code runbook}): proposals, the humans' approvals, executions step by
 * step, incidents, and an append-only audit trail of all of them. The runbook server records proposals and runs;
 * the orchestrator records decisions and reads the trail. Both open it on the same database.
 */
public final class RunbookLedger {

    private static final TypeReference<List<String>> IDS = new TypeReference<>() {};

    private final LedgerSql sql;
    private final ApprovalLedger approvals;
    private final ExecutionLedger executions;

    private RunbookLedger(LedgerSql sql) {
        this.sql = sql;
        this.approvals = new ApprovalLedger(sql);
        this.executions = new ExecutionLedger(sql);
    }

    /** Brings the schema up to date (Flyway, history in the schema itself) and opens the ledger on it. */
    public static RunbookLedger open(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas("runbook")
                .locations("classpath:db/runbook")
                .load()
                .migrate();
        return new RunbookLedger(new LedgerSql(dataSource));
    }

    public ApprovalLedger approvals() {
        return approvals;
    }

    public ExecutionLedger executions() {
        return executions;
    }

    /** Keeps a PROPOSED proposal (once per id) and audits that it was proposed (every time). */
    public void recordProposal(ProposalRecord proposal, String actor) {
        sql.transactions.executeWithoutResult(status -> {
            sql.jdbc
                    .sql("""
                            insert into runbook.proposals (proposal_id, runbook, target_kind, target_namespace,
                                target_name, params, plan, risk, requires_approval, status, finding_id, investigation_id)
                            values (:id, :runbook, :kind, :namespace, :name, cast(:params as jsonb),
                                cast(:plan as jsonb), :risk, :requiresApproval, 'PROPOSED', :findingId,
                                :investigationId)
                            on conflict (proposal_id) do nothing
                            """)
                    .param("id", proposal.proposalId())
                    .param("runbook", proposal.runbook())
                    .param("kind", proposal.target().kind())
                    .param("namespace", proposal.target().namespace())
                    .param("name", proposal.target().name())
                    .param("params", sql.write(proposal.params()))
                    .param("plan", sql.write(proposal.plan()))
                    .param("risk", proposal.risk())
                    .param("requiresApproval", proposal.requiresApproval())
                    .param("findingId", proposal.findingId())
                    .param("investigationId", proposal.investigationId())
                    .update();
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("runbook", proposal.runbook());
            detail.put("target", proposal.target());
            detail.put("params", proposal.params());
            detail.put("requiresApproval", proposal.requiresApproval());
            detail.put("investigation", proposal.investigationId());
            sql.audit(actor, AuditAction.PROPOSED, proposal.proposalId(), detail);
        });
    }

    public Optional<ProposalRecord> proposal(String proposalId) {
        return sql.jdbc
                .sql("select * from runbook.proposals where proposal_id = :id")
                .param("id", proposalId)
                .query(this::proposalRow)
                .optional();
    }

    /** Proposals that need a human's decision and have none that holds, oldest first. */
    public List<ProposalRecord> pending(int limit) {
        return approvals.list(ApprovalStatus.PENDING, Optional.empty(), limit).stream()
                .map(ApprovalRecord::proposal)
                .toList();
    }

    /** The audit trail of one proposal, in order. */
    public List<AuditEntry> auditTrail(String proposalId) {
        return sql.jdbc
                .sql("select * from runbook.audit where proposal_id = :id order by seq")
                .param("id", proposalId)
                .query(this::entry)
                .list();
    }

    /** Audits something done to (or refused for) a proposal. */
    public void audit(String actor, AuditAction action, String proposalId, Map<String, ?> detail) {
        sql.audit(actor, action, proposalId, detail);
    }

    public IncidentRecord createIncident(
            String title,
            String severity,
            String summary,
            List<String> findingIds,
            List<String> proposalIds,
            String createdBy) {
        String id = UUID.randomUUID().toString();
        return sql.transactions.execute(status -> {
            IncidentRecord incident = sql.jdbc
                    .sql("""
                            insert into runbook.incidents (incident_id, title, severity, summary, finding_ids,
                                proposal_ids, created_by)
                            values (:id, :title, :severity, :summary, cast(:findings as jsonb),
                                cast(:proposals as jsonb), :createdBy)
                            returning *
                            """)
                    .param("id", UUID.fromString(id))
                    .param("title", title)
                    .param("severity", severity)
                    .param("summary", summary)
                    .param("findings", sql.write(findingIds))
                    .param("proposals", sql.write(proposalIds))
                    .param("createdBy", createdBy)
                    .query(this::incident)
                    .single();
            sql.audit(createdBy, AuditAction.INCIDENT_CREATED, null, Map.of("incident", incident));
            return incident;
        });
    }

    private ProposalRecord proposalRow(ResultSet row, int index) throws SQLException {
        return ProposalRows.read(sql, row);
    }

    private AuditEntry entry(ResultSet row, int index) throws SQLException {
        return new AuditEntry(
                row.getLong("seq"),
                LedgerSql.instant(row, "at"),
                row.getString("actor"),
                AuditAction.valueOf(row.getString("action")),
                row.getString("proposal_id"),
                sql.tree(row, "detail"));
    }

    private IncidentRecord incident(ResultSet row, int index) throws SQLException {
        return new IncidentRecord(
                row.getString("incident_id"),
                row.getString("title"),
                row.getString("severity"),
                row.getString("summary"),
                sql.json.readValue(row.getString("finding_ids"), IDS),
                sql.json.readValue(row.getString("proposal_ids"), IDS),
                row.getString("created_by"),
                LedgerSql.instant(row, "created_at"));
    }
}
