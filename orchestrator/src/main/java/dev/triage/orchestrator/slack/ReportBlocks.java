package dev.triage.orchestrator.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.Remediation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An investigation's report as a Block Kit message, built with the Slack SDK's model: a header with the verdict,
 * the question, the summary, each root cause with the chain of symptoms it explains and its quoted evidence, the
 * proposed runbooks with their dry-run plans and decision buttons, feedback buttons and a link to the full report.
 * Within Block Kit's limits, saying what was left out.
 */
final class ReportBlocks {

    /** The message: {@code text} is what notifications and clients without blocks show. */
    record Message(String text, List<LayoutBlock> blocks) {}

    // Footer: a divider, the feedback and link buttons, the note of what was cut.
    private static final int FOOTER_BLOCKS = 3;

    private final Optional<URI> uiBase;

    /** @param uiBase the chat UI's address ({@code triage.ui.base-url}); reports link there when it is set */
    ReportBlocks(Optional<URI> uiBase) {
        this.uiBase = uiBase;
    }

    Message render(InvestigationReport report, Map<String, ProposalState> proposals) {
        BlockBudget budget = new BlockBudget(FOOTER_BLOCKS);
        String verdict = Verdicts.of(report);
        budget.add(
                "header",
                List.of(
                        header(h -> h.text(plainText(SlackText.clipped(verdict, SlackText.HEADER_CHARS), true))),
                        asked(report)));
        budget.add("summary", List.of(budget.section("summary", SlackText.escaped(summary(report)))));
        FindingBlocks.add(budget, report);
        if (!report.remediations().isEmpty()) {
            budget.add(
                    null,
                    List.of(budget.section(
                            "runbooks",
                            "*Proposed runbooks*: nothing runs until an approver approves, and then only once.")));
        }
        List<Remediation> remediations = report.remediations();
        for (int i = 0; i < remediations.size(); i++) {
            Remediation r = remediations.get(i);
            budget.add(
                    "proposed runbooks",
                    ProposalBlocks.of(
                            budget, report.id(), i, r, r.proposalId() == null ? null : proposals.get(r.proposalId())));
        }
        return new Message("Triage: " + verdict, budget.with(footer(report, budget)));
    }

    private static LayoutBlock asked(InvestigationReport report) {
        StringBuilder text = new StringBuilder("“")
                .append(SlackText.escaped(SlackText.clipped(report.question(), 500)))
                .append("” · cluster `")
                .append(SlackText.escaped(report.cluster()))
                .append('`');
        if (report.namespace() != null) {
            text.append(" · namespace `")
                    .append(SlackText.escaped(report.namespace()))
                    .append('`');
        }
        text.append(" · ").append(report.id());
        return context(c -> c.blockId("asked").elements(List.of(markdownText(text.toString()))));
    }

    private static String summary(InvestigationReport report) {
        String summary = report.summary() == null ? "(no summary)" : report.summary();
        if (report.status() == InvestigationStatus.FAILED && !report.notes().isEmpty()) {
            return summary + "\n" + String.join("\n", report.notes());
        }
        return summary;
    }

    private List<LayoutBlock> footer(InvestigationReport report, BlockBudget budget) {
        Buttons.Target target = new Buttons.Target(report.id(), null);
        List<BlockElement> buttons = new ArrayList<>(List.of(
                Buttons.of(Buttons.HELPFUL, "👍 Helpful", null, target),
                Buttons.of(Buttons.WRONG, "👎 Wrong diagnosis", null, target)));
        link(report.id())
                .ifPresent(url -> buttons.add(button(b -> b.actionId(Buttons.OPEN)
                        .text(plainText("Open the full report", true))
                        .url(url))));
        List<LayoutBlock> footer = new ArrayList<>(
                List.of(divider(), actions(a -> a.blockId("feedback").elements(buttons))));
        if (budget.anythingCut()) {
            String where = link(report.id())
                    .map(url -> " The full report: <" + url + ">")
                    .orElse("");
            footer.add(context(c -> c.blockId("cut").elements(List.of(markdownText(budget.cutNote() + where)))));
        }
        return footer;
    }

    private Optional<String> link(String investigationId) {
        return uiBase.map(base -> base.toString().replaceAll("/+$", "") + "/investigations/" + investigationId);
    }
}
