package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A target's signals as findings: one per category, its summary the signals' clauses, its evidence all quotes. */
final class FindingAssembly {

    private FindingAssembly() {}

    /** {@code traffic} is quoted beside the first finding: context, never a finding of its own. */
    static List<Finding> findings(Target target, List<Signal> signals, List<Evidence> traffic) {
        Map<Category, List<Signal>> byCategory = new LinkedHashMap<>();
        signals.forEach(s ->
                byCategory.computeIfAbsent(s.category(), c -> new ArrayList<>()).add(s));
        List<Finding> findings = new ArrayList<>();
        byCategory.forEach((category, ofCategory) -> {
            List<Evidence> evidence = new ArrayList<>();
            ofCategory.forEach(s -> evidence.addAll(s.evidence()));
            if (findings.isEmpty()) {
                evidence.addAll(traffic);
            }
            findings.add(finding(target, category, ofCategory, evidence));
        });
        return findings;
    }

    /**
     * One finding per id: the pods of one workload, each read from its own series, make one finding about the
     * workload that lists them, quotes each and keeps the most severe.
     */
    static List<Finding> perWorkload(List<Finding> findings) {
        Map<String, List<Finding>> byId = new LinkedHashMap<>();
        findings.forEach(
                f -> byId.computeIfAbsent(f.id(), id -> new ArrayList<>()).add(f));
        return byId.values().stream().map(FindingAssembly::merged).toList();
    }

    private static Finding merged(List<Finding> same) {
        Finding first = same.getFirst();
        if (same.size() == 1) {
            return first;
        }
        List<Evidence> evidence =
                same.stream().flatMap(f -> f.evidence().stream()).distinct().toList();
        List<String> pods =
                same.stream().flatMap(f -> f.pods().stream()).distinct().toList();
        Finding worst =
                same.stream().min(Comparator.comparing(Finding::severity)).orElseThrow();
        String summary = worst.summary() + " (" + same.size() + " pods alike)";
        return new Finding(
                first.id(),
                first.kind(),
                first.namespace(),
                first.name(),
                first.owner(),
                first.category(),
                summary,
                evidence,
                worst.severity(),
                pods,
                first.causedBy());
    }

    /** The saturation finding's id when its memory climb ended in a restart. */
    static List<String> oomLeadUps(Target target, List<Signal> signals) {
        return signals.stream()
                .filter(Signal::precedesRestart)
                .map(s -> Finding.idFor(s.category(), target.resource()))
                .distinct()
                .toList();
    }

    private static Finding finding(Target target, Category category, List<Signal> signals, List<Evidence> evidence) {
        ResourceRef resource = target.resource();
        Severity severity = signals.stream()
                .map(Signal::severity)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        String summary =
                target.label() + ": " + signals.stream().map(Signal::summary).collect(Collectors.joining("; "));
        return new Finding(
                Finding.idFor(category, resource),
                resource.kind(),
                resource.namespace(),
                resource.name(),
                target.kind() == Target.Kind.NODE ? null : resource,
                category,
                summary,
                evidence,
                severity,
                target.kind() == Target.Kind.POD ? List.of(target.pod()) : List.of(),
                null);
    }
}
