package dev.triage.agents.master;

import dev.triage.agents.remediation.RemediationPlan;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.Remediation;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The rules tier's summary: what is broken, the quote that shows it, and what to do, root cause by root cause, so a
 * person woken at 3 a.m. can act on it without reading the findings.
 */
final class SummaryTemplate {

    private static final int SHOWN = 10;
    private static final int QUOTE_CHARS = 240;

    private SummaryTemplate() {}

    static String write(String scope, CauseGraph graph, RemediationPlan plan) {
        List<Finding> roots = graph.rootCauses();
        if (roots.isEmpty()) {
            return "No problems found in " + scope + ".";
        }
        int total = graph.ordered().size();
        StringBuilder text = new StringBuilder();
        text.append(total)
                .append(total == 1 ? " problem" : " problems")
                .append(" in ")
                .append(scope)
                .append(", ");
        if (roots.size() == 1) {
            text.append("1 root cause: ")
                    .append(chain(graph.chainFrom(roots.getFirst())))
                    .append('\n');
        } else {
            text.append(roots.size()).append(" root causes, most urgent first:\n");
        }
        for (int i = 0; i < Math.min(SHOWN, roots.size()); i++) {
            item(text, i + 1, roots.get(i), graph, plan);
        }
        if (roots.size() > SHOWN) {
            text.append("... and ").append(roots.size() - SHOWN).append(" more root causes in the findings.\n");
        }
        if (!plan.remediations().isEmpty()) {
            text.append("Proposals are dry runs: nothing was changed; each runs only once a person approves it.");
        }
        return text.toString().strip();
    }

    private static void item(StringBuilder text, int n, Finding root, CauseGraph graph, RemediationPlan plan) {
        text.append(n)
                .append(". [")
                .append(root.severity())
                .append("] ")
                .append(root.resource())
                .append(": ")
                .append(root.summary())
                .append('\n');
        root.evidence().stream().findFirst().ifPresent(e -> text.append("   Evidence: \"")
                .append(e.quote())
                .append("\" (")
                .append(e.ref())
                .append(")\n"));
        text.append("   Do: ").append(action(root, plan)).append('\n');
        plan.guides().stream()
                .filter(g -> g.category() == root.category())
                .findFirst()
                .ifPresent(g -> text.append("   Guide: ")
                        .append(g.title().isBlank() ? g.guide() : g.title())
                        .append(" (runbooks/guides/")
                        .append(g.guide())
                        .append(".md)\n"));
        List<Finding> symptoms = graph.explainedBy(root);
        if (!symptoms.isEmpty()) {
            text.append("   Also explains: ")
                    .append(symptoms.stream().map(Finding::id).collect(Collectors.joining(", ")))
                    .append('\n');
        }
        List<Finding> chain = graph.chainFrom(root);
        if (chain.size() > 2 && graph.rootCauses().size() > 1) {
            text.append("   Chain: ").append(chain(chain)).append('\n');
        }
    }

    /** {@code StatefulSet/shop/redis → Deployment/shop/cart → Deployment/shop/frontend}: cause first. */
    private static String chain(List<Finding> links) {
        return links.stream().map(f -> f.resource().toString()).distinct().collect(Collectors.joining(" → "));
    }

    /** A log line or event says most to a person; else the longest status or spec quote. */
    private static Evidence telling(Finding finding) {
        Comparator<Evidence> byWeight = Comparator.comparing((Evidence e) -> e.source() == Evidence.Source.LOG)
                .thenComparing(e -> e.source() == Evidence.Source.EVENT)
                .thenComparing(e -> e.quote().length());
        return finding.evidence().stream().max(byWeight).orElseThrow();
    }

    private static String shorten(String quote) {
        String line = quote.strip();
        return line.length() > QUOTE_CHARS ? line.substring(0, QUOTE_CHARS) + "..." : line;
    }

    private static String action(Finding root, RemediationPlan plan) {
        Optional<Remediation> proposed = plan.remediations().stream()
                .filter(r -> root.id().equals(r.findingId()))
                .findFirst();
        String advice = plan.fixes().getOrDefault(root.id(), "");
        return proposed.map(r -> describe(r) + (advice.isEmpty() ? "" : "; or " + advice))
                .orElse(advice);
    }

    private static String describe(Remediation r) {
        String params = r.params().isEmpty() ? "" : " " + new TreeMap<>(r.params());
        if ("REFUSED".equals(r.status())) {
            return "runbook " + r.runbook() + " on " + r.target() + " was refused by policy (" + r.rationale() + ")";
        }
        return "approve runbook " + r.runbook() + params + " on " + r.target() + " (risk " + r.risk()
                + (r.requiresApproval() ? ", needs approval" : "") + ")";
    }

    static String scope(String cluster, String namespace) {
        return "cluster " + cluster + (namespace == null ? "" : ", namespace " + namespace);
    }
}
