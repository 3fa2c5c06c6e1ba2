package dev.triage.orchestrator.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import dev.triage.mcp.runbook.ledger.ApprovalRecord.DecisionRecord;
import dev.triage.model.Remediation;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One proposed runbook in a report: what it would do (its dry-run plan), and where its decision stands, with the
 * buttons that state allows: Approve and Deny while it awaits a decision, Execute once approved, none after.
 */
final class ProposalBlocks {

    private static final int PLAN_LINES = 6;

    private ProposalBlocks() {}

    /** @param index the runbook's place in the report, which keeps block ids unique in the message */
    static List<LayoutBlock> of(
            BlockBudget budget, String investigationId, int index, Remediation r, ProposalState state) {
        LayoutBlock about = budget.section("runbook-" + index, description(r, state));
        if (r.proposalId() == null) {
            return List.of(about, note("Not proposable: " + SlackText.escaped(r.status()) + " by the runbook policy."));
        }
        Buttons.Target target = new Buttons.Target(investigationId, r.proposalId());
        if (state == null || state.awaitsDecision()) {
            return List.of(about, actions(a -> a.blockId("decide-" + index)
                    .elements(List.of(
                            Buttons.of(Buttons.APPROVE, "Approve", "primary", target),
                            Buttons.of(Buttons.DENY, "Deny", "danger", target)))));
        }
        DecisionRecord decision = state.decision();
        return switch (state.status()) {
            case "APPROVED" ->
                List.of(
                        about,
                        note("✅ Approved by " + decided(decision) + ". An approver may now run it."),
                        actions(a -> a.blockId("execute-" + index)
                                .elements(List.of(Buttons.of(Buttons.EXECUTE, "Execute", "primary", target)))));
            case "DENIED" -> List.of(about, note("🚫 Denied by " + decided(decision) + "."));
            case "USED" -> List.of(about, note("▶️ Run on the approval of " + decided(decision) + "."));
            default -> List.of(about, note("The approval of " + decided(decision) + " is " + state.status()));
        };
    }

    private static String description(Remediation r, ProposalState state) {
        StringBuilder text = new StringBuilder("*")
                .append(SlackText.escaped(r.runbook()))
                .append("* on `")
                .append(SlackText.escaped(String.valueOf(r.target())))
                .append("` · risk ")
                .append(SlackText.escaped(r.risk()));
        if (!r.params().isEmpty()) {
            text.append(" · ")
                    .append(new TreeMap<>(r.params())
                            .entrySet().stream()
                                    .map(p -> "`" + SlackText.escaped(p.getKey() + "=" + p.getValue()) + "`")
                                    .collect(Collectors.joining(" ")));
        }
        if (r.rationale() != null) {
            text.append("\n").append(SlackText.escaped(r.rationale()));
        }
        if (state != null && !state.plan().isEmpty()) {
            text.append("\n*Dry run:*");
            state.plan().stream().limit(PLAN_LINES).forEach(line -> text.append("\n• ")
                    .append(SlackText.escaped(line)));
            if (state.plan().size() > PLAN_LINES) {
                text.append("\n• … and ")
                        .append(state.plan().size() - PLAN_LINES)
                        .append(" more steps");
            }
        }
        return text.toString();
    }

    private static String decided(DecisionRecord decision) {
        if (decision == null) {
            return "someone";
        }
        String who = SlackText.person(decision.decidedBy()) + " " + SlackText.date(decision.decidedAt());
        return decision.reason() == null ? who : who + ": “" + SlackText.escaped(decision.reason()) + "”";
    }

    private static LayoutBlock note(String mrkdwn) {
        return context(c -> c.elements(List.of(markdownText(SlackText.clipped(mrkdwn, SlackText.SECTION_CHARS)))));
    }
}
