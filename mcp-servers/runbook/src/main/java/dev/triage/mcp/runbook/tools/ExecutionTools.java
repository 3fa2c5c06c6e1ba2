package dev.triage.mcp.runbook.tools;

import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import dev.triage.mcp.runbook.execution.ExecutionOutcome;
import dev.triage.mcp.runbook.execution.Executor;
import dev.triage.mcp.runbook.ledger.ExecutionRecord;
import dev.triage.mcp.runbook.ledger.LedgerKept;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * execute_runbook (MUTATING: changes the cluster, only with a human's approval, checked here) and get_execution.
 * The agents never see execute_runbook: a person, or the service acting on a person's approval, calls it.
 */
@Component
@LedgerKept
class ExecutionTools implements ToolGroup {

    private static final String EXECUTE_DESCRIPTION = """
            Run a proposal made by propose_remediation. It runs only if, at this moment, in this order: the \
            proposal exists and was not denied; when policy requires approval, approval_id is a human's approval \
            of exactly this proposal that is neither used, expired, revoked nor denied (an approval runs once); \
            proposed again against the cluster as it is now, it is still allowed by policy and has the same \
            proposalId (nothing changed since). Then each step of the plan is applied and verified, and recorded. \
            Pass executed_by: the person the run is for, whom the audit trail names. Returns the execution as \
            JSON (executionId, status SUCCEEDED or FAILED, executedBy, steps; a check that could observe nothing \
            is UNVERIFIED); a refusal is an error naming why, and changes nothing.""";

    private static final String GET_DESCRIPTION = """
            Get one execution by executionId as JSON: its proposal, status (RUNNING, SUCCEEDED, FAILED) and each \
            step with what was sent to the cluster and what was observed.""";

    /** Who the audit names when the caller names nobody. */
    static final String UNNAMED = "unnamed-mcp-caller";

    private final Executor executor;
    private final RunbookLedger ledger;
    private final JsonMapper json = JsonMapper.builder().build();

    ExecutionTools(Executor executor, RunbookLedger ledger) {
        this.executor = executor;
        this.ledger = ledger;
    }

    @Override
    public List<ToolDefinition> tools() {
        var execute = InputSchema.builder()
                .requiredString("proposal_id", "The proposalId from propose_remediation, e.g. rp-3f2a...")
                .string("approval_id", "The approvalId a human's approval of this proposal returned")
                .string(
                        CallerArguments.EXECUTED_BY,
                        "Who asks for the run: the person the caller acts for (e.g. the API token's subject)")
                .build();
        var get = InputSchema.builder()
                .requiredString("execution_id", "The executionId execute_runbook returned")
                .build();
        return List.of(
                ToolDefinition.mutating("execute_runbook", EXECUTE_DESCRIPTION, execute, this::execute),
                ToolDefinition.read("get_execution", GET_DESCRIPTION, get, this::get));
    }

    private ToolOutcome execute(ToolArguments args) {
        ExecutionOutcome outcome = executor.execute(
                args.requiredString("proposal_id"),
                args.optionalString("approval_id").orElse(null),
                CallerArguments.executedBy(args).orElse(UNNAMED));
        return switch (outcome) {
            case ExecutionOutcome.Refused refused ->
                args.failed("refused (" + refused.kind() + "): " + refused.reason());
            case ExecutionOutcome.Executed executed -> executed(args, executed.execution());
        };
    }

    private ToolOutcome executed(ToolArguments args, ExecutionRecord execution) {
        String body = json.writeValueAsString(execution);
        return "SUCCEEDED".equals(execution.status()) ? args.ok(body) : args.failed("a step failed: " + body);
    }

    private ToolOutcome get(ToolArguments args) {
        String id = args.requiredString("execution_id");
        return ledger.executions()
                .find(id)
                .map(execution -> args.ok(json.writeValueAsString(execution)))
                .orElseGet(() -> args.failed("no execution '" + id.replaceAll("\\p{Cntrl}", "?") + "'"));
    }
}
