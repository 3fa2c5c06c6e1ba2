package dev.triage.mcp.runbook.ledger;

import dev.triage.mcp.runbook.ledger.ApprovalCheck.Problem;
import dev.triage.mcp.runbook.ledger.ApprovalCheck.Rejected;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

/** Why an approval cannot authorize a run of a proposal, read from its row; nothing when it can. */
final class ApprovalRejections {

    private final LedgerSql sql;

    ApprovalRejections(LedgerSql sql) {
        this.sql = sql;
    }

    Optional<Rejected> of(String approvalId, String proposalId) {
        if (approvalId == null) {
            return Optional.of(new Rejected(
                    Problem.MISSING, "proposal " + proposalId + " needs a human's approval and none was given"));
        }
        Optional<UUID> id = uuid(approvalId);
        if (id.isEmpty()) {
            return Optional.of(unknown(approvalId));
        }
        return sql.jdbc
                .sql("""
                        select proposal_id, decision, used_at is not null as used, revoked_at is not null as revoked,
                            coalesce(expires_at <= now(), false) as expired
                        from runbook.approvals where approval_id = :id
                        """)
                .param("id", id.get())
                .query((row, n) -> rejection(row, approvalId, proposalId))
                .optional()
                .orElseGet(() -> Optional.of(unknown(approvalId)));
    }

    static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }

    private static Optional<Rejected> rejection(ResultSet row, String approvalId, String proposalId)
            throws SQLException {
        String boundTo = row.getString("proposal_id");
        if (!boundTo.equals(proposalId)) {
            return rejected(
                    Problem.OTHER_PROPOSAL,
                    "approval " + approvalId + " was given for proposal " + boundTo + ", not " + proposalId
                            + ": an approval covers one runbook, target, set of parameters and investigation");
        }
        if (row.getString("decision").equals("DENIED")) {
            return rejected(Problem.DENIED, "proposal " + proposalId + " was denied");
        }
        if (row.getBoolean("revoked")) {
            return rejected(Problem.REVOKED, "approval " + approvalId + " was revoked; ask for a new one");
        }
        if (row.getBoolean("used")) {
            return rejected(Problem.USED, "approval " + approvalId + " was already used: an approval runs once");
        }
        if (row.getBoolean("expired")) {
            return rejected(Problem.EXPIRED, "approval " + approvalId + " has expired; ask for a new one");
        }
        return Optional.empty();
    }

    private static Optional<Rejected> rejected(Problem problem, String reason) {
        return Optional.of(new Rejected(problem, reason));
    }

    private static Rejected unknown(String approvalId) {
        String shown = approvalId.length() > 40 ? approvalId.substring(0, 40) + "..." : approvalId;
        return new Rejected(
                Problem.UNKNOWN,
                "no approval '" + shown.replaceAll("\\p{Cntrl}", "?") + "' exists: only a human's approval, given "
                        + "through the API (POST /api/v1/approvals/{proposalId}/approve), can authorize a run");
    }
}
