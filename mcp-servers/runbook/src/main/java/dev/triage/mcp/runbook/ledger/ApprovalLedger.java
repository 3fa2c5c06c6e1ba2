package dev.triage.mcp.runbook.ledger;

import dev.triage.mcp.runbook.ledger.ApprovalCheck.Problem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Humans' decisions on proposals, and their single use. An approval binds to one proposal id, which is a hash of
 * (runbook, target, effective parameters): it cannot be moved to anything else.
 */
public final class ApprovalLedger {

    private record Latest(String decision, boolean used, boolean valid) {}

    private final LedgerSql sql;

    ApprovalLedger(LedgerSql sql) {
        this.sql = sql;
    }

    /** Grants a single-use approval valid for {@code ttl}, unless the proposal is unknown or already decided. */
    public Decision approve(String proposalId, String decidedBy, String reason, Duration ttl) {
        return sql.transactions.execute(status -> decide(proposalId, () -> {
            UUID id = UUID.randomUUID();
            Instant expiresAt = sql.jdbc
                    .sql("""
                            insert into runbook.approvals (approval_id, proposal_id, decision, decided_by, reason,
                                expires_at)
                            values (:id, :proposalId, 'GRANTED', :decidedBy, :reason,
                                now() + make_interval(secs => :seconds))
                            returning expires_at
                            """)
                    .param("id", id)
                    .param("proposalId", proposalId)
                    .param("decidedBy", decidedBy)
                    .param("reason", reason)
                    .param("seconds", (double) ttl.toSeconds())
                    .query((row, n) -> LedgerSql.instant(row, "expires_at"))
                    .single();
            setStatus(proposalId, "APPROVED");
            sql.audit(decidedBy, AuditAction.APPROVED, proposalId, detail(id, reason, expiresAt));
            return new Decision.Granted(id.toString(), proposalId, expiresAt);
        }));
    }

    public Decision deny(String proposalId, String decidedBy, String reason) {
        return sql.transactions.execute(status -> decide(proposalId, () -> {
            UUID id = UUID.randomUUID();
            sql.jdbc
                    .sql("""
                            insert into runbook.approvals (approval_id, proposal_id, decision, decided_by, reason)
                            values (:id, :proposalId, 'DENIED', :decidedBy, :reason)
                            """)
                    .param("id", id)
                    .param("proposalId", proposalId)
                    .param("decidedBy", decidedBy)
                    .param("reason", reason)
                    .update();
            setStatus(proposalId, "DENIED");
            sql.audit(decidedBy, AuditAction.DENIED, proposalId, detail(id, reason, null));
            return new Decision.Denied(id.toString(), proposalId);
        }));
    }

    /**
     * Uses the approval for the proposal, in one statement: of two callers presenting the same approval at once,
     * exactly one gets {@link ApprovalCheck.Consumed}. Anything else is rejected with the reason.
     */
    public ApprovalCheck consume(String approvalId, String proposalId) {
        if (approvalId == null) {
            return new ApprovalCheck.Rejected(
                    Problem.MISSING, "proposal " + proposalId + " needs a human's approval and none was given");
        }
        Optional<UUID> id = uuid(approvalId);
        if (id.isEmpty()) {
            return unknown(approvalId);
        }
        return sql.jdbc
                .sql("""
                        update runbook.approvals set used_at = now()
                        where approval_id = :id and proposal_id = :proposalId and decision = 'GRANTED'
                            and used_at is null and expires_at > now()
                        returning decided_by
                        """)
                .param("id", id.get())
                .param("proposalId", proposalId)
                .query((row, n) -> (ApprovalCheck) new ApprovalCheck.Consumed(approvalId, row.getString(1)))
                .optional()
                .orElseGet(() -> whyNot(id.get(), approvalId, proposalId));
    }

    private Decision decide(String proposalId, Supplier<Decision> decision) {
        Optional<String> status = sql.jdbc
                .sql("select status from runbook.proposals where proposal_id = :id for update")
                .param("id", proposalId)
                .query(String.class)
                .optional();
        if (status.isEmpty()) {
            return new Decision.UnknownProposal(proposalId);
        }
        if (status.get().equals("EXECUTED") || status.get().equals("FAILED")) {
            return new Decision.AlreadyDecided(proposalId, "already executed (" + status.get() + ")");
        }
        Optional<Latest> latest = latest(proposalId);
        if (latest.isPresent()
                && (latest.get().decision().equals("DENIED") || latest.get().used())) {
            return new Decision.AlreadyDecided(
                    proposalId, latest.get().decision().equals("DENIED") ? "denied" : "used");
        }
        if (latest.isPresent() && latest.get().valid()) {
            return new Decision.AlreadyDecided(proposalId, "approved, and the approval is still valid");
        }
        return decision.get();
    }

    private Optional<Latest> latest(String proposalId) {
        return sql.jdbc
                .sql("""
                        select decision, used_at is not null as used,
                            coalesce(expires_at > now(), false) as valid
                        from runbook.approvals where proposal_id = :id order by decided_at desc limit 1
                        """)
                .param("id", proposalId)
                .query((row, n) ->
                        new Latest(row.getString("decision"), row.getBoolean("used"), row.getBoolean("valid")))
                .optional();
    }

    private ApprovalCheck whyNot(UUID id, String approvalId, String proposalId) {
        return sql.jdbc
                .sql("""
                        select proposal_id, decision, used_at is not null as used,
                            coalesce(expires_at <= now(), false) as expired
                        from runbook.approvals where approval_id = :id
                        """)
                .param("id", id)
                .query((row, n) -> rejection(row, approvalId, proposalId))
                .optional()
                .orElseGet(() -> unknown(approvalId));
    }

    private static ApprovalCheck rejection(ResultSet row, String approvalId, String proposalId) throws SQLException {
        String boundTo = row.getString("proposal_id");
        if (!boundTo.equals(proposalId)) {
            return new ApprovalCheck.Rejected(
                    Problem.OTHER_PROPOSAL,
                    "approval " + approvalId + " was given for proposal " + boundTo + ", not " + proposalId
                            + ": an approval covers one runbook, target and set of parameters");
        }
        if (row.getString("decision").equals("DENIED")) {
            return new ApprovalCheck.Rejected(Problem.DENIED, "proposal " + proposalId + " was denied");
        }
        if (row.getBoolean("used")) {
            return new ApprovalCheck.Rejected(
                    Problem.USED, "approval " + approvalId + " was already used: an approval runs once");
        }
        return new ApprovalCheck.Rejected(
                Problem.EXPIRED, "approval " + approvalId + " has expired; ask for a new one");
    }

    private static ApprovalCheck unknown(String approvalId) {
        String shown = approvalId.length() > 40 ? approvalId.substring(0, 40) + "..." : approvalId;
        return new ApprovalCheck.Rejected(
                Problem.UNKNOWN,
                "no approval '" + shown.replaceAll("\\p{Cntrl}", "?") + "' exists: only a human's approval, given "
                        + "through the API (POST /api/v1/approvals/{proposalId}/approve), can authorize a run");
    }

    private void setStatus(String proposalId, String status) {
        sql.jdbc
                .sql("update runbook.proposals set status = :status where proposal_id = :id")
                .param("status", status)
                .param("id", proposalId)
                .update();
    }

    /** The approval's id stays out of the trail (whoever reads the trail must not learn a usable approval). */
    private static Map<String, Object> detail(UUID id, String reason, Instant expiresAt) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("approval", id.toString().substring(0, 8));
        detail.put("reason", reason);
        detail.put("expiresAt", expiresAt == null ? null : expiresAt.toString());
        return detail;
    }

    private static Optional<UUID> uuid(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException notAUuid) {
            return Optional.empty();
        }
    }
}
