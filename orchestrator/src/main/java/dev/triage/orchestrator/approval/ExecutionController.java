package dev.triage.orchestrator.approval;

import dev.triage.mcp.runbook.ledger.ExecutionRecord;
import dev.triage.mcp.runbook.ledger.ExecutionSummary;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs an approved remediation for a person with no MCP client, through the approvals service: the runbook server's
 * {@code execute_runbook} with the proposal, the approval and the person, checked there (approval, policy, drift)
 * before it changes anything; and lists and reads executions from the ledger.
 *
 * <p>The approval is what authorizes: the approval id is required, it exists only because a human approved that
 * exact proposal, and it runs once. No agent has an approval id, and the agents never see {@code execute_runbook}.
 */
@RestController
@RequestMapping("/api/v1/executions")
class ExecutionController {

    private static final String PATH = "/api/v1/executions/";

    private final ApprovalService approvals;
    private final JsonMapper json;

    ExecutionController(ApprovalService approvals, JsonMapper json) {
        this.approvals = approvals;
        this.json = json;
    }

    record Listed(List<ExecutionSummary> executions) {}

    /**
     * 201 with the execution (executionId, status SUCCEEDED or FAILED, steps): it ran, well or not. A refusal
     * changed nothing: 404 for an unknown proposal, else 409 naming why (the {@code refusal} property).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ExecutionRecord> execute(InputStream body, Principal principal) throws IOException {
        ExecutionBody run = ExecutionBody.parse(JsonBodies.read(body, ExecutionBody.MAX_BYTES), json);
        ExecutionRecord execution = ApprovalProblems.value(
                approvals.execute(run.proposalId(), run.approvalId(), ApprovalController.person(principal)));
        return ResponseEntity.created(URI.create(PATH + execution.executionId()))
                .body(execution);
    }

    /** Newest first; each filter given narrows the list. */
    @GetMapping
    Listed list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String proposalId,
            @RequestParam(required = false) String investigationId,
            @RequestParam(required = false) String runbook,
            @RequestParam(defaultValue = "50") int limit) {
        var query = new ApprovalService.ExecutionQuery(status, proposalId, investigationId, runbook, limit);
        return new Listed(ApprovalProblems.value(approvals.executions(query)));
    }

    @GetMapping("/{executionId}")
    ExecutionRecord execution(@PathVariable String executionId) {
        return ApprovalProblems.value(approvals.execution(executionId));
    }
}
