package dev.triage.orchestrator.approval;

import dev.triage.mcp.runbook.ledger.AuditEntry;
import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The approvals service over REST: list proposals by where their decision stands, approve (a single-use approval
 * bound to the proposal, which the runbook server checks before it runs anything), deny, revoke, and read the audit
 * trail. No agent calls this.
 */
@RestController
@RequestMapping("/api/v1/approvals")
class ApprovalController {

    private final ApprovalService approvals;
    private final JsonMapper json;

    ApprovalController(ApprovalService approvals, JsonMapper json) {
        this.approvals = approvals;
        this.json = json;
    }

    record Listed(String status, List<ApprovalEntry> approvals) {}

    record Trail(String proposalId, List<AuditEntry> entries) {}

    @GetMapping
    Listed list(
            @RequestParam(defaultValue = "PENDING") String status,
            @RequestParam(required = false) String investigationId,
            @RequestParam(defaultValue = "50") int limit) {
        List<ApprovalEntry> found = ApprovalProblems.value(approvals.approvals(status, investigationId, limit));
        return new Listed(status.strip().toUpperCase(Locale.ROOT), found);
    }

    @PostMapping("/{proposalId}/approve")
    ResponseEntity<Decided.Approved> approve(@PathVariable String proposalId, InputStream body, Principal principal)
            throws IOException {
        DecisionBody decision = DecisionBody.approval(JsonBodies.read(body, DecisionBody.MAX_BYTES), json);
        Decided.Approved approved = ApprovalProblems.value(
                approvals.approve(proposalId, person(principal), decision.reason(), decision.ttl()));
        return ResponseEntity.status(HttpStatus.CREATED).body(approved);
    }

    @PostMapping("/{proposalId}/deny")
    Decided.Denied deny(@PathVariable String proposalId, InputStream body, Principal principal) throws IOException {
        DecisionBody decision = DecisionBody.withReason(JsonBodies.read(body, DecisionBody.MAX_BYTES), json);
        return ApprovalProblems.value(approvals.deny(proposalId, person(principal), decision.reason()));
    }

    /** Takes back an approval that has not run yet; the proposal awaits a decision again. */
    @PostMapping("/{proposalId}/revoke")
    Decided.Revoked revoke(@PathVariable String proposalId, InputStream body, Principal principal) throws IOException {
        DecisionBody decision = DecisionBody.withReason(JsonBodies.read(body, DecisionBody.MAX_BYTES), json);
        return ApprovalProblems.value(approvals.revoke(proposalId, person(principal), decision.reason()));
    }

    @GetMapping("/{proposalId}/audit")
    Trail audit(@PathVariable String proposalId) {
        return new Trail(proposalId, ApprovalProblems.value(approvals.audit(proposalId)));
    }

    /** The token's subject; on the unauthenticated loopback default, the local operator. */
    static Person person(Principal principal) {
        if (principal == null
                || principal.getName() == null
                || principal.getName().isBlank()) {
            return Person.LOCAL_OPERATOR;
        }
        try {
            return new Person(principal.getName());
        } catch (IllegalArgumentException unnameable) {
            throw ApprovalProblems.problem(
                    HttpStatus.FORBIDDEN,
                    "the token's subject cannot be named in the audit trail: " + unnameable.getMessage());
        }
    }
}
