package dev.triage.orchestrator.slack;

import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The findings of a report as blocks: each root cause with the chain of symptoms it explains and a few quoted
 * evidence lines with their sources, then one section naming the other findings.
 */
final class FindingBlocks {

    static final int EVIDENCE_PER_CAUSE = 3;
    private static final int MAX_CHAIN_DEPTH = 4;

    private FindingBlocks() {}

    static void add(BlockBudget budget, InvestigationReport report) {
        Set<String> shown = new HashSet<>();
        int rank = 1;
        for (Finding cause : Verdicts.rootCauses(report)) {
            StringBuilder text = new StringBuilder();
            text.append("*Root cause ")
                    .append(rank)
                    .append(": ")
                    .append(cause.category())
                    .append("* · ");
            describe(text, cause);
            shown.add(cause.id());
            chain(text, report, cause, 1, shown);
            boolean added = budget.add(
                    "root causes",
                    List.of(
                            budget.section("cause-" + rank, text.toString()),
                            budget.section("evidence-" + rank, evidence(cause))));
            if (added) {
                budget.leftOut("evidence lines", cause.evidence().size() - EVIDENCE_PER_CAUSE);
            }
            rank++;
        }
        List<Finding> others =
                report.findings().stream().filter(f -> !shown.contains(f.id())).toList();
        if (!others.isEmpty()) {
            StringBuilder text = new StringBuilder("*Also found:*");
            others.forEach(
                    f -> describe(text.append("\n• *").append(f.category()).append("* · "), f));
            budget.add("other findings", List.of(budget.section("others", text.toString())));
        }
    }

    private static void describe(StringBuilder text, Finding finding) {
        text.append(finding.severity())
                .append(" · `")
                .append(SlackText.escaped(finding.resource().toString()))
                .append("`\n")
                .append(SlackText.escaped(finding.summary()));
        if (!finding.pods().isEmpty()) {
            text.append("\npods: ").append(SlackText.escaped(String.join(", ", finding.pods())));
        }
    }

    /** The symptoms {@code cause} explains, and theirs, indented one arrow per step. */
    private static void chain(
            StringBuilder text, InvestigationReport report, Finding cause, int depth, Set<String> shown) {
        if (depth > MAX_CHAIN_DEPTH) {
            return;
        }
        for (Finding symptom : report.findings()) {
            if (cause.id().equals(symptom.causedBy()) && shown.add(symptom.id())) {
                text.append("\n")
                        .append("    ".repeat(depth - 1))
                        .append("↳ which causes *")
                        .append(symptom.category());
                text.append("* on `")
                        .append(SlackText.escaped(symptom.resource().toString()))
                        .append("`: ");
                text.append(SlackText.escaped(symptom.summary()));
                chain(text, report, symptom, depth + 1, shown);
            }
        }
    }

    private static String evidence(Finding cause) {
        List<String> quotes = new ArrayList<>();
        for (Evidence e : cause.evidence().stream().limit(EVIDENCE_PER_CAUSE).toList()) {
            StringBuilder quote = new StringBuilder();
            e.quote().lines().forEach(line -> quote.append("> ")
                    .append(SlackText.escaped(line))
                    .append('\n'));
            quote.append("_— ")
                    .append(e.source().name().toLowerCase(java.util.Locale.ROOT))
                    .append(": ")
                    .append(SlackText.escaped(e.ref()))
                    .append("_");
            quotes.add(quote.toString());
        }
        return String.join("\n", quotes);
    }
}
