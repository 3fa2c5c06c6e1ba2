package dev.triage.orchestrator.approval;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs an approved remediation for a person with no MCP client: the service calls the runbook server's
 * {@code execute_runbook} with the proposal and the approval given, and answers with the execution.
 *
 * <p>The approval is what authorizes: the approval id is required, it exists only because a human approved that
 * exact proposal through {@link ApprovalController}, it runs once, and the runbook server checks it (with the
 * proposal, policy and drift) before it changes anything. No agent has an approval id, so none can reach this
 * endpoint's effect; the agents never see {@code execute_runbook} either.
 */
@RestController
@RequestMapping("/api/v1/executions")
class ExecutionController {

    private static final String PATH = "/api/v1/executions/";
    private static final Pattern REFUSAL = Pattern.compile("refused \\(([A-Z_]+)\\): (.*)", Pattern.DOTALL);
    private static final Pattern STEP_FAILED =
            Pattern.compile("a step failed: .*?\"executionId\"\\s*:\\s*\"([0-9a-f-]{36})\"", Pattern.DOTALL);

    private final RunbookTools runbook;
    private final JsonMapper json;

    ExecutionController(RunbookTools runbook, JsonMapper json) {
        this.runbook = runbook;
        this.json = json;
    }

    /**
     * 201 with the execution (executionId, status SUCCEEDED or FAILED, steps): it ran, well or not. A refusal
     * changed nothing: 404 for an unknown proposal, else 409 naming why (the {@code refusal} property).
     */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JsonNode> execute(InputStream body) throws IOException {
        ExecutionBody run = ExecutionBody.parse(JsonBodies.read(body, ExecutionBody.MAX_BYTES), json);
        JsonNode execution =
                switch (runbook.call(
                        "execute_runbook", Map.of("proposal_id", run.proposalId(), "approval_id", run.approvalId()))) {
                    case RunbookTools.Reply.Ok ok -> json.readTree(ok.text());
                    case RunbookTools.Reply.Failed failed -> failedRun(failed.message());
                };
        String executionId = execution.path("executionId").asString();
        return ResponseEntity.created(URI.create(PATH + executionId)).body(execution);
    }

    @GetMapping("/{executionId}")
    JsonNode execution(@PathVariable UUID executionId) {
        return switch (runbook.call("get_execution", Map.of("execution_id", executionId.toString()))) {
            case RunbookTools.Reply.Ok ok -> json.readTree(ok.text());
            case RunbookTools.Reply.Failed failed
            when failed.message().contains("no execution") ->
                throw ApprovalProblems.problem(HttpStatus.NOT_FOUND, "no execution " + executionId);
            case RunbookTools.Reply.Failed failed -> throw badGateway("get_execution", failed.message());
        };
    }

    /** A refusal becomes a problem; a plan that ran and failed at a step is still an execution, read back. */
    private JsonNode failedRun(String message) {
        Matcher refusal = REFUSAL.matcher(message);
        if (refusal.find()) {
            throw refused(refusal.group(1), refusal.group(0).strip());
        }
        Matcher stepFailed = STEP_FAILED.matcher(message);
        if (stepFailed.find()) {
            return execution(UUID.fromString(stepFailed.group(1)));
        }
        throw badGateway("execute_runbook", message);
    }

    private static ErrorResponseException refused(String kind, String detail) {
        HttpStatus status = kind.equals("UNKNOWN_PROPOSAL") ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
        ErrorResponseException problem = ApprovalProblems.problem(status, detail);
        problem.getBody().setProperty("refusal", kind);
        return problem;
    }

    private static ErrorResponseException badGateway(String tool, String message) {
        return ApprovalProblems.problem(
                HttpStatus.BAD_GATEWAY, "the runbook server answered " + tool + " with an error: " + message);
    }
}
