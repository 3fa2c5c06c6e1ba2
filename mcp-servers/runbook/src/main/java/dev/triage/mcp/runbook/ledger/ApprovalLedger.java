package dev.triage.mcp.runbook.ledger;

import dev.triage.mcp.runbook.ledger.ApprovalCheck.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Humans' decisions on proposals, and their single use. An approval binds to one proposal id, which is a hash of
 * (runbook, target, effective parameters, investigation): it cannot be moved to anything else. Until it is used an
 * approval can be revoked, by anyone who may decide (taking authority back is always the safe direction); the
 * audit trail names who approved and who revoked.
 */
public final class ApprovalLedger {

    private final LedgerSql sql;
    private final ApprovalRejections rejections;
    private final ApprovalQueries queries;

    ApprovalLedger(LedgerSql sql) {
        this.sql = sql;
        this.rejections = new ApprovalRejections(sql);
        this.queries = new ApprovalQueries(sql);
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
     * Takes back the proposal's approval that could still run (granted, unused, unexpired), in one statement: of a
     * revoke and a run racing for it, exactly one wins. The proposal then awaits a decision again.
     */
    public Decision revoke(String proposalId, String revokedBy, String reason) {
        return sql.transactions.execute(status -> {
            if (proposalStatus(proposalId).isEmpty()) {
                return new Decision.UnknownProposal(proposalId);
            }
            Optional<Decision> revoked = sql.jdbc
                    .sql("""
                            update runbook.approvals set revoked_at = now(), revoked_by = :by, revoke_reason = :reason
                            where proposal_id = :id and decision = 'GRANTED' and used_at is null
                                and revoked_at is null and expires_at > now()
                            returning approval_id, decided_by, revoked_at
                            """)
                    .param("by", revokedBy)
                    .param("reason", reason)
                    .param("id", proposalId)
                    .query((row, n) -> {
                        UUID approval = row.getObject("approval_id", UUID.class);
                        String approvedBy = row.getString("decided_by");
                        Map<String, Object> detail = detail(approval, reason, null);
                        detail.put("approvedBy", approvedBy);
                        sql.audit(revokedBy, AuditAction.REVOKED, proposalId, detail);
                        return (Decision)
                                new Decision.Revoked(proposalId, approvedBy, LedgerSql.instant(row, "revoked_at"));
                    })
                    .optional();
            if (revoked.isEmpty()) {
                String why = queries.latest(proposalId)
                        .map(ApprovalStatus::asNotRevocable)
                        .orElse("not approved, so there is nothing to revoke");
                return new Decision.NothingToRevoke(proposalId, why);
            }
            setStatus(proposalId, "PROPOSED");
            return revoked.get();
        });
    }

    /** Why {@code approvalId} cannot run {@code proposalId} now; empty when it can. Uses nothing. */
    public Optional<ApprovalCheck.Rejected> problem(String approvalId, String proposalId) {
        return rejections.of(approvalId, proposalId);
    }

    /**
     * Uses the approval for the proposal, in one statement: of two callers presenting the same approval at once,
     * exactly one gets {@link ApprovalCheck.Consumed}. Anything else is rejected with the reason.
     */
    public ApprovalCheck consume(String approvalId, String proposalId) {
        Optional<UUID> id = approvalId == null ? Optional.empty() : ApprovalRejections.uuid(approvalId);
        if (id.isEmpty()) {
            return rejections.of(approvalId, proposalId).orElseThrow();
        }
        return sql.jdbc
                .sql("""
                        update runbook.approvals set used_at = now()
                        where approval_id = :id and proposal_id = :proposalId and decision = 'GRANTED'
                            and used_at is null and revoked_at is null and expires_at > now()
                        returning decided_by
                        """)
                .param("id", id.get())
                .param("proposalId", proposalId)
                .query((row, n) -> (ApprovalCheck) new ApprovalCheck.Consumed(approvalId, row.getString(1)))
                .optional()
                .orElseGet(() -> rejections
                        .of(approvalId, proposalId)
                        .orElseGet(() -> new ApprovalCheck.Rejected(
                                Problem.EXPIRED, "approval " + approvalId + " expired as it was presented")));
    }

    /**
     * Approvals in {@code status}, or for {@link ApprovalStatus#PENDING} the proposals awaiting a decision; of one
     * investigation when {@code investigationId} is given. Pending ones oldest first (a queue), others newest first.
     */
    public List<ApprovalRecord> list(ApprovalStatus status, Optional<String> investigationId, int limit) {
        return queries.list(status, investigationId, limit);
    }

    private Decision decide(String proposalId, Supplier<Decision> decision) {
        Optional<String> status = proposalStatus(proposalId);
        if (status.isEmpty()) {
            return new Decision.UnknownProposal(proposalId);
        }
        if (status.get().equals("EXECUTED") || status.get().equals("FAILED")) {
            return new Decision.AlreadyDecided(proposalId, "already executed (" + status.get() + ")");
        }
        return queries.latest(proposalId)
                .filter(latest -> latest != ApprovalStatus.REVOKED && latest != ApprovalStatus.EXPIRED)
                .<Decision>map(latest -> new Decision.AlreadyDecided(proposalId, latest.asDecided()))
                .orElseGet(decision);
    }

    private Optional<String> proposalStatus(String proposalId) {
        return sql.jdbc
                .sql("select status from runbook.proposals where proposal_id = :id for update")
                .param("id", proposalId)
                .query(String.class)
                .optional();
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
        detail.put("approval", ApprovalRecord.reference(id.toString()));
        detail.put("reason", reason);
        if (expiresAt != null) {
            detail.put("expiresAt", expiresAt.toString());
        }
        return detail;
    }
}
