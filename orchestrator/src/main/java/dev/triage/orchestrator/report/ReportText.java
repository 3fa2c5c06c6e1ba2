package dev.triage.orchestrator.report;

import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.Remediation;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A report for a person at a terminal: the summary, root causes in order with their evidence and the symptoms they
 * explain, the proposed runbooks, and what the investigation did. The CLI prints it and the API answers it for
 * {@code Accept: text/plain}.
 */
public final class ReportText {

    // Text that is not a format string is appended as it is, with this where a line ends (as %n would be).
    private static final String NL = System.lineSeparator();

    private ReportText() {}

    public static String render(InvestigationReport report) {
        StringBuilder out = new StringBuilder();
        out.append("%s  %s  cluster %s%s%n"
                .formatted(
                        report.status(),
                        report.question(),
                        report.cluster(),
                        report.namespace() == null ? "" : ", namespace " + report.namespace()));
        out.append("%n%s%n".formatted(summary(report)));
        Map<String, Finding> byId =
                report.findings().stream().collect(Collectors.toMap(Finding::id, Function.identity(), (a, b) -> a));
        int rank = 1;
        for (String id : report.rootCauses()) {
            Finding cause = byId.get(id);
            if (cause != null) {
                out.append("%n%d. ".formatted(rank++));
                finding(out, cause, "");
                report.findings().stream()
                        .filter(f -> id.equals(f.causedBy()))
                        .forEach(symptom -> finding(out.append("   which causes: "), symptom, "   "));
            }
        }
        remediations(out, report);
        trail(out, report);
        return out.toString();
    }

    private static String summary(InvestigationReport report) {
        if (report.summary() != null) {
            return report.summary();
        }
        return switch (report.status()) {
            case QUEUED -> "(queued: waiting for a runner)";
            case RUNNING -> "(still running: no summary yet)";
            case COMPLETED, FAILED -> "(no summary)";
        };
    }

    private static void finding(StringBuilder out, Finding finding, String indent) {
        out.append("[%s] %s %s%n".formatted(finding.severity(), finding.category(), finding.resource()));
        out.append("%s   %s%n".formatted(indent, finding.summary()));
        if (!finding.pods().isEmpty()) {
            out.append("%s   pods: %s%n".formatted(indent, String.join(", ", finding.pods())));
        }
        for (Evidence evidence : finding.evidence()) {
            out.append("%s   > %s: %s%n".formatted(indent, evidence.ref(), evidence.quote()));
        }
    }

    private static void remediations(StringBuilder out, InvestigationReport report) {
        if (report.remediations().isEmpty()) {
            return;
        }
        out.append(NL)
                .append("Proposed runbooks (nothing runs without a human's approval):")
                .append(NL);
        for (Remediation r : report.remediations()) {
            out.append("  - %s on %s %s [%s, risk %s%s]%n"
                    .formatted(
                            r.runbook(),
                            r.target(),
                            // Sorted: the same report always reads the same, whichever map holds its params.
                            new TreeMap<>(r.params()),
                            r.status(),
                            r.risk(),
                            r.requiresApproval() ? ", needs approval" : ""));
            out.append("    %s%n".formatted(r.rationale()));
        }
    }

    private static void trail(StringBuilder out, InvestigationReport report) {
        out.append(NL).append("Route: ");
        report.route().forEach(step -> out.append("%s (%s); ".formatted(step.agent(), step.reason())));
        out.append("%nTool calls: %d, model calls: %d%n"
                .formatted(report.toolCalls().size(), report.models().size()));
        report.notes().forEach(note -> out.append("Note: %s%n".formatted(note)));
    }
}
