package dev.triage.orchestrator.slack;

import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import java.util.List;

/** The one line that heads a report: what is wrong, or that nothing is, or that the investigation failed. */
final class Verdicts {

    private Verdicts() {}

    static String of(InvestigationReport report) {
        if (report.status() == InvestigationStatus.FAILED) {
            return "⚠️ The investigation failed";
        }
        List<Finding> causes = rootCauses(report);
        if (!causes.isEmpty()) {
            Finding first = causes.getFirst();
            String more = causes.size() > 1 ? " (and " + (causes.size() - 1) + " more root causes)" : "";
            return "🔴 " + first.category() + " on " + first.resource() + more;
        }
        return report.findings().isEmpty()
                ? "✅ Nothing wrong found"
                : "🟠 " + report.findings().size() + " problems found, no root cause named";
    }

    /** The report's root causes in its order, as findings. */
    static List<Finding> rootCauses(InvestigationReport report) {
        return report.rootCauses().stream()
                .flatMap(id -> report.findings().stream()
                        .filter(f -> f.id().equals(id))
                        .limit(1))
                .toList();
    }
}
