package dev.triage.mcp.runbook.tools;

import dev.triage.mcp.hosting.tool.InputSchema;
import dev.triage.mcp.hosting.tool.ToolArguments;
import dev.triage.mcp.hosting.tool.ToolDefinition;
import dev.triage.mcp.hosting.tool.ToolGroup;
import dev.triage.mcp.hosting.tool.ToolOutcome;
import dev.triage.mcp.hosting.validation.ArgumentRule;
import dev.triage.mcp.hosting.validation.KubernetesNames;
import dev.triage.mcp.runbook.catalog.TargetKind;
import dev.triage.mcp.runbook.execution.ProposalRecords;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.mcp.runbook.proposal.Proposal;
import dev.triage.mcp.runbook.proposal.ProposalRequest;
import dev.triage.mcp.runbook.proposal.Proposer;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * propose_remediation: a dry run. It reads the cluster and never changes it, so it is a READ tool; a proposal it
 * makes is recorded in the ledger, where a human can approve it and execute_runbook can run it.
 */
@Component
class ProposalTools implements ToolGroup {

    private static final Logger log = LoggerFactory.getLogger(ProposalTools.class);

    private static final String DESCRIPTION = """
            Propose a runbook from the catalog for one object, as a dry run that changes nothing. The server \
            checks the runbook id, that it acts on this kind, the parameters (types, bounds, no unknown names), \
            the namespace's policy, that the object exists, and (with finding_id) that the runbook addresses the \
            finding's category. Pass investigation_id: the proposal, its id and its approval belong to that \
            investigation alone. It returns JSON: status PROPOSED with a proposalId, the effective params \
            (defaults and values derived from the live object included), risk, requiresApproval, and the exact \
            plan (per step the fields changed from -> to and the patch that would be sent); or status REFUSED \
            with the reason and refusal (UNKNOWN_RUNBOOK, INVALID_TARGET, TARGET_NOT_FOUND, INVALID_PARAMETER, \
            FORBIDDEN_BY_POLICY, CATEGORY_MISMATCH). A refusal is final for that input: do not retry it unchanged.""";

    private final Proposer proposer;
    private final Optional<RunbookLedger> ledger;
    private final JsonMapper json = JsonMapper.builder().build();

    /** Without a ledger ({@code triage.runbook-ledger=none}) a proposal is planned and answered, not recorded. */
    ProposalTools(Proposer proposer, ObjectProvider<RunbookLedger> ledger) {
        this.proposer = proposer;
        this.ledger = Optional.ofNullable(ledger.getIfAvailable());
    }

    @Override
    public List<ToolDefinition> tools() {
        var base = InputSchema.builder()
                .requiredString("runbook", "A runbook id from list_runbooks, e.g. raise-memory-limit")
                .string("namespace", "The object's namespace; omit for a Node", KubernetesNames.NAMESPACE)
                .requiredString(
                        "kind",
                        "The object's kind: Deployment, StatefulSet, DaemonSet, Pod or Node",
                        ArgumentRule.oneOf(
                                "a kind runbooks act on",
                                Arrays.stream(TargetKind.values())
                                        .map(TargetKind::kind)
                                        .toList()))
                .requiredString("name", "The object's name", KubernetesNames.OBJECT_NAME)
                .string("finding_id", "The finding this answers, e.g. oom_killed/Deployment/shop/cart")
                .string(
                        CallerArguments.INVESTIGATION_ID,
                        "The investigation asking, e.g. its UUID; part of the proposalId, so each investigation gets "
                                + "its own proposal and approval")
                .build();
        var schema = ObjectArguments.withObject(
                base,
                "params",
                "The runbook's parameters by name, e.g. {\"memory_limit\": \"512Mi\"}; omit to use the defaults",
                List.of("string", "number", "boolean"));
        return List.of(ToolDefinition.read("propose_remediation", DESCRIPTION, schema, this::propose));
    }

    private ToolOutcome propose(ToolArguments args) {
        var request = new ProposalRequest(
                args.requiredString("runbook"),
                args.optionalString("namespace").orElse(null),
                args.requiredString("kind"),
                args.requiredString("name"),
                ObjectArguments.object(args, "params"),
                args.optionalString("finding_id").orElse(null),
                CallerArguments.investigationId(args).orElse(null));
        Proposal proposal = proposer.propose(request);
        log.info(
                "Proposal {} {} on {}: {} ({})",
                proposal.status(),
                proposal.runbook(),
                proposal.target(),
                proposal.proposalId(),
                proposal.refusal() == null ? proposal.policy() : proposal.refusal());
        if (Proposal.PROPOSED.equals(proposal.status())) {
            ledger.ifPresent(kept -> kept.recordProposal(ProposalRecords.of(proposal), "propose_remediation"));
        }
        return args.ok(json.writeValueAsString(proposal));
    }
}
