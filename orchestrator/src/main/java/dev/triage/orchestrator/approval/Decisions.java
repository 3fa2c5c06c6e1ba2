package dev.triage.orchestrator.approval;

import dev.triage.mcp.runbook.ledger.ApprovalLedger;
import dev.triage.mcp.runbook.ledger.Decision;
import dev.triage.orchestrator.approval.Outcome.Refusal;
import java.time.Duration;
import java.util.Optional;

/** Approve, deny and revoke on the ledger, after the rules; the ledger's answer as an outcome. */
final class Decisions {

    private final ApprovalLedger approvals;

    Decisions(ApprovalLedger approvals) {
        this.approvals = approvals;
    }

    Outcome<Decided.Approved> approve(String proposalId, Person by, String reason, Duration ttl) {
        Duration lifetime = ttl == null ? ApprovalRules.DEFAULT_TTL : ttl;
        Optional<String> problem = ApprovalRules.proposalId(proposalId)
                .or(() -> ApprovalRules.reason(reason, false, "approved"))
                .or(() -> ApprovalRules.ttl(lifetime));
        if (problem.isPresent()) {
            return invalid(problem.get());
        }
        return switch (approvals.approve(proposalId, by.id(), stripped(reason), lifetime)) {
            case Decision.Granted granted ->
                Outcome.done(new Decided.Approved(granted.approvalId(), proposalId, granted.expiresAt(), by.id()));
            case Decision other -> notDecided(other);
        };
    }

    Outcome<Decided.Denied> deny(String proposalId, Person by, String reason) {
        Optional<String> problem =
                ApprovalRules.proposalId(proposalId).or(() -> ApprovalRules.reason(reason, true, "denied"));
        if (problem.isPresent()) {
            return invalid(problem.get());
        }
        return switch (approvals.deny(proposalId, by.id(), stripped(reason))) {
            case Decision.Denied denied -> Outcome.done(new Decided.Denied(proposalId, by.id()));
            case Decision other -> notDecided(other);
        };
    }

    Outcome<Decided.Revoked> revoke(String proposalId, Person by, String reason) {
        Optional<String> problem =
                ApprovalRules.proposalId(proposalId).or(() -> ApprovalRules.reason(reason, true, "revoked"));
        if (problem.isPresent()) {
            return invalid(problem.get());
        }
        return switch (approvals.revoke(proposalId, by.id(), stripped(reason))) {
            case Decision.Revoked revoked ->
                Outcome.done(new Decided.Revoked(proposalId, by.id(), revoked.approvedBy(), revoked.revokedAt()));
            case Decision other -> notDecided(other);
        };
    }

    private static <T> Outcome<T> notDecided(Decision decision) {
        return switch (decision) {
            case Decision.UnknownProposal unknown -> unknownProposal(unknown.proposalId());
            case Decision.AlreadyDecided decided ->
                Outcome.refused(
                        Refusal.CONFLICT,
                        "ALREADY_DECIDED",
                        "proposal " + decided.proposalId() + " is " + decided.state());
            case Decision.NothingToRevoke nothing ->
                Outcome.refused(
                        Refusal.CONFLICT,
                        "NOTHING_TO_REVOKE",
                        "proposal " + nothing.proposalId() + " is " + nothing.state());
            case Decision.Granted granted -> unexpected(granted);
            case Decision.Denied denied -> unexpected(denied);
            case Decision.Revoked revoked -> unexpected(revoked);
        };
    }

    static <T> Outcome<T> unknownProposal(String proposalId) {
        return Outcome.refused(
                Refusal.NOT_FOUND,
                "UNKNOWN_PROPOSAL",
                "no proposal " + proposalId + ": the remediation agent's propose_remediation records each one");
    }

    static <T> Outcome<T> invalid(String reason) {
        return Outcome.refused(Refusal.INVALID, "INVALID_REQUEST", reason);
    }

    private static <T> Outcome<T> unexpected(Decision decision) {
        throw new IllegalStateException("the ledger answered a decision with another one: " + decision);
    }

    private static String stripped(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }
}
