package dev.triage.orchestrator.eval;

import dev.triage.model.Finding;
import dev.triage.model.GuideCitation;
import dev.triage.model.InvestigationReport;
import dev.triage.model.Remediation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/** Holds a report against a scenario's expectation; each unmet expectation is one line saying what and why. */
final class ReportCheck {

    private ReportCheck() {}

    static List<String> failures(Expectation expected, InvestigationReport report) {
        Map<String, Finding> byId = new LinkedHashMap<>();
        report.findings().forEach(finding -> byId.put(finding.id(), finding));
        List<Finding> roots = report.rootCauses().stream()
                .map(byId::get)
                .filter(java.util.Objects::nonNull)
                .toList();
        List<String> failures = new ArrayList<>();
        if (report.status() != expected.status()) {
            failures.add("status " + report.status() + ", expected " + expected.status() + notes(report));
        }
        for (FindingPattern pattern : expected.findings()) {
            if (report.findings().stream().noneMatch(f -> pattern.matches(f, byId))) {
                failures.add("no finding " + pattern + nearest(pattern, report.findings()));
            }
        }
        for (FindingPattern pattern : expected.rootCauses()) {
            if (roots.stream().noneMatch(f -> pattern.matches(f, byId))) {
                failures.add("no root cause " + pattern + "; root causes: " + names(roots));
            }
        }
        if (expected.rootCauseCount() != null && roots.size() != expected.rootCauseCount()) {
            failures.add(roots.size() + " root causes, expected " + expected.rootCauseCount() + ": " + names(roots));
        }
        if (expected.maxFindings() != null && report.findings().size() > expected.maxFindings()) {
            failures.add(report.findings().size() + " findings, at most " + expected.maxFindings() + " expected: "
                    + names(report.findings()));
        }
        for (FindingPattern pattern : expected.forbidden()) {
            report.findings().stream()
                    .filter(f -> pattern.matches(f, byId))
                    .forEach(f -> failures.add("forbidden finding " + f.id() + " (matches " + pattern + ")"));
        }
        checkRunbooks(expected, report.remediations(), failures);
        for (String text : expected.summaryMentions()) {
            String summary = report.summary() == null ? "" : report.summary();
            if (!summary.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
                failures.add("summary does not mention \"" + text + "\"");
            }
        }
        for (String guide : expected.guides()) {
            if (report.guides().stream().noneMatch(g -> g.guide().equals(guide))) {
                failures.add("guide " + guide + " not cited; cited: "
                        + (report.guides().isEmpty()
                                ? "none"
                                : String.join(
                                        ", ",
                                        report.guides().stream()
                                                .map(GuideCitation::guide)
                                                .toList())));
            }
        }
        return failures;
    }

    private static void checkRunbooks(Expectation expected, List<Remediation> proposed, List<String> failures) {
        for (RunbookPattern pattern : expected.runbooks()) {
            if (proposed.stream().noneMatch(pattern::matches)) {
                failures.add("no runbook " + pattern + "; proposed: " + runbooks(proposed, r -> true));
            }
        }
        for (RunbookPattern pattern : expected.forbiddenRunbooks()) {
            if (proposed.stream().anyMatch(pattern::matches)) {
                failures.add("forbidden runbook proposed: " + runbooks(proposed, pattern::matches));
            }
        }
    }

    /** The findings about the same resource name or of the same category: usually what went wrong instead. */
    private static String nearest(FindingPattern pattern, List<Finding> findings) {
        List<Finding> near = findings.stream()
                .filter(f -> pattern.name() != null
                        ? f.name().equals(pattern.name())
                        : pattern.category() != null && f.category() == pattern.category())
                .toList();
        return near.isEmpty() ? "; findings: " + names(findings) : "; nearest: " + describe(near);
    }

    private static String describe(List<Finding> findings) {
        return String.join(
                "; ",
                findings.stream()
                        .map(f -> f.id() + (f.owner() == null ? "" : " owner " + f.owner())
                                + (f.causedBy() == null ? "" : " causedBy " + f.causedBy()) + " \"" + f.summary()
                                + "\"")
                        .toList());
    }

    private static String names(List<Finding> findings) {
        return findings.isEmpty()
                ? "none"
                : String.join(", ", findings.stream().map(Finding::id).toList());
    }

    private static String runbooks(List<Remediation> proposed, Predicate<Remediation> which) {
        List<String> listed = proposed.stream()
                .filter(which)
                .map(r -> r.runbook() + " on " + r.target() + " " + r.params())
                .toList();
        return listed.isEmpty() ? "none" : String.join(", ", listed);
    }

    private static String notes(InvestigationReport report) {
        return report.notes().isEmpty() ? "" : " (" + String.join("; ", report.notes()) + ")";
    }
}
