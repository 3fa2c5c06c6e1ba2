package dev.triage.mcp.runbook.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Reads where decisions stand: one proposal's latest, or every proposal in a status. */
final class ApprovalQueries {

    private static final String DECISION_COLUMNS = """
            a.approval_id, a.decision, a.decided_by, a.reason, a.decided_at, a.expires_at, a.used_at,
            a.revoked_at, a.revoked_by, a.revoke_reason, coalesce(a.expires_at <= now(), false) as expired""";

    private static final String INVESTIGATION =
            "(cast(:investigation as text) is null" + " or p.investigation_id = cast(:investigation as text))";

    private final LedgerSql sql;

    ApprovalQueries(LedgerSql sql) {
        this.sql = sql;
    }

    /** The status of the proposal's latest decision; empty when it has none. */
    Optional<ApprovalStatus> latest(String proposalId) {
        return sql.jdbc
                .sql("select " + DECISION_COLUMNS + """
                         from runbook.approvals a where a.proposal_id = :id order by a.decided_at desc limit 1
                        """)
                .param("id", proposalId)
                .query((row, n) -> status(row))
                .optional();
    }

    List<ApprovalRecord> list(ApprovalStatus status, Optional<String> investigationId, int limit) {
        if (status == ApprovalStatus.PENDING) {
            return sql.jdbc
                    .sql("select p.* from runbook.proposals p where p.requires_approval"
                            + " and p.status in ('PROPOSED', 'APPROVED') and " + INVESTIGATION + """
                             and not exists (select 1 from runbook.approvals a where a.proposal_id = p.proposal_id
                                and (a.decision = 'DENIED' or a.used_at is not null
                                    or (a.revoked_at is null and a.expires_at > now())))
                            order by p.created_at limit :limit
                            """)
                    .param("investigation", investigationId.orElse(null))
                    .param("limit", limit)
                    .query((row, n) -> new ApprovalRecord(status, ProposalRows.read(sql, row), null))
                    .list();
        }
        return sql.jdbc
                .sql("select p.*, " + DECISION_COLUMNS
                        + " from runbook.approvals a join runbook.proposals p on p.proposal_id = a.proposal_id"
                        + " where " + status.condition() + " and " + INVESTIGATION
                        + " order by " + status.since() + " desc limit :limit")
                .param("investigation", investigationId.orElse(null))
                .param("limit", limit)
                .query((row, n) -> new ApprovalRecord(status, ProposalRows.read(sql, row), decision(row)))
                .list();
    }

    private static ApprovalStatus status(ResultSet row) throws SQLException {
        if (row.getString("decision").equals("DENIED")) {
            return ApprovalStatus.DENIED;
        }
        if (row.getTimestamp("revoked_at") != null) {
            return ApprovalStatus.REVOKED;
        }
        if (row.getTimestamp("used_at") != null) {
            return ApprovalStatus.USED;
        }
        return row.getBoolean("expired") ? ApprovalStatus.EXPIRED : ApprovalStatus.APPROVED;
    }

    private static ApprovalRecord.DecisionRecord decision(ResultSet row) throws SQLException {
        return new ApprovalRecord.DecisionRecord(
                ApprovalRecord.reference(row.getString("approval_id")),
                row.getString("decision"),
                row.getString("decided_by"),
                LedgerSql.instant(row, "decided_at"),
                row.getString("reason"),
                LedgerSql.instant(row, "expires_at"),
                LedgerSql.instant(row, "used_at"),
                row.getString("revoked_by"),
                LedgerSql.instant(row, "revoked_at"),
                row.getString("revoke_reason"));
    }
}
