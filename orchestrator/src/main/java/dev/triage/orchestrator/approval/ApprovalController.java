package dev.triage.orchestrator.approval;

import dev.triage.mcp.runbook.ledger.AuditEntry;
import dev.triage.mcp.runbook.ledger.Decision;
import dev.triage.mcp.runbook.ledger.ProposalRecord;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A human's decision on a proposed runbook: list what awaits one, approve (a single-use approval bound to the
 * proposal, which the runbook server checks before it runs anything), deny, and read the audit trail. The only way
 * an approval comes into being; no agent calls this.
 */
@RestController
@RequestMapping("/api/v1/approvals")
class ApprovalController {

    /** Who decides while the API has no authentication: it is bound to loopback, so someone on this machine. */
    static final String LOCAL_OPERATOR = "local-operator";

    private static final Pattern PROPOSAL_ID = Pattern.compile("rp-[0-9a-f]{32}");
    private static final int MAX_LIMIT = 100;

    private final RunbookLedger ledger;
    private final JsonMapper json;

    ApprovalController(RunbookLedger ledger, JsonMapper json) {
        this.ledger = ledger;
        this.json = json;
    }

    record Pending(List<ProposalRecord> approvals) {}

    record Granted(String approvalId, String proposalId, Instant expiresAt, String decidedBy) {}

    record Denied(String proposalId, String decision, String decidedBy) {}

    record Trail(String proposalId, List<AuditEntry> entries) {}

    @GetMapping
    Pending pending(
            @RequestParam(defaultValue = "PENDING") String status, @RequestParam(defaultValue = "50") int limit) {
        if (!status.equals("PENDING")) {
            throw ApprovalProblems.badRequest("status must be PENDING (proposals awaiting a decision), was " + status);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApprovalProblems.badRequest("limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        return new Pending(ledger.pending(limit));
    }

    @PostMapping("/{proposalId}/approve")
    ResponseEntity<Granted> approve(@PathVariable String proposalId, InputStream body, Principal principal)
            throws IOException {
        requireId(proposalId);
        DecisionBody decision = DecisionBody.approval(JsonBodies.read(body, DecisionBody.MAX_BYTES), json);
        String by = decidedBy(principal);
        return switch (ledger.approvals().approve(proposalId, by, decision.reason(), decision.ttl())) {
            case Decision.Granted granted ->
                ResponseEntity.status(HttpStatus.CREATED)
                        .body(new Granted(granted.approvalId(), proposalId, granted.expiresAt(), by));
            case Decision.UnknownProposal unknown -> throw notFound(proposalId);
            case Decision.AlreadyDecided decided -> throw conflict(decided);
            case Decision.Denied denied -> throw new IllegalStateException("approving " + proposalId + " denied it");
        };
    }

    @PostMapping("/{proposalId}/deny")
    Denied deny(@PathVariable String proposalId, InputStream body, Principal principal) throws IOException {
        requireId(proposalId);
        DecisionBody decision = DecisionBody.denial(JsonBodies.read(body, DecisionBody.MAX_BYTES), json);
        String by = decidedBy(principal);
        return switch (ledger.approvals().deny(proposalId, by, decision.reason())) {
            case Decision.Denied denied -> new Denied(proposalId, "DENIED", by);
            case Decision.UnknownProposal unknown -> throw notFound(proposalId);
            case Decision.AlreadyDecided decided -> throw conflict(decided);
            case Decision.Granted granted -> throw new IllegalStateException("denying " + proposalId + " granted it");
        };
    }

    @GetMapping("/{proposalId}/audit")
    Trail audit(@PathVariable String proposalId) {
        requireId(proposalId);
        ledger.proposal(proposalId).orElseThrow(() -> notFound(proposalId));
        return new Trail(proposalId, ledger.auditTrail(proposalId));
    }

    private static ErrorResponseException conflict(Decision.AlreadyDecided decided) {
        return ApprovalProblems.problem(
                HttpStatus.CONFLICT, "proposal " + decided.proposalId() + " is " + decided.state());
    }

    private static ErrorResponseException notFound(String proposalId) {
        return ApprovalProblems.problem(
                HttpStatus.NOT_FOUND,
                "no proposal " + proposalId + ": the remediation agent's propose_remediation records each one");
    }

    static void requireId(String proposalId) {
        if (!PROPOSAL_ID.matcher(proposalId).matches()) {
            throw ApprovalProblems.badRequest("'" + proposalId.replaceAll("[^\\p{Alnum}-]", "?")
                    + "' is not a proposal id (rp- and 32 hex digits, as propose_remediation returns it)");
        }
    }

    private static String decidedBy(Principal principal) {
        return principal == null || principal.getName() == null ? LOCAL_OPERATOR : principal.getName();
    }
}
