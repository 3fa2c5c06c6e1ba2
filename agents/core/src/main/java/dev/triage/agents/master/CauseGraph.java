package dev.triage.agents.master;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Findings linked to their causes: root causes ordered most fundamental first (a cause before its symptoms; those
 * about the workload the question names, if any, first; then by severity, then by how much depends on it), each
 * followed by its symptoms. A {@code causedBy} naming no finding
 * here, or closing a cycle, is cut so every finding is reachable from a root cause.
 */
final class CauseGraph {

    private final Map<String, Finding> byId = new LinkedHashMap<>();
    private final Map<String, List<Finding>> symptoms = new LinkedHashMap<>();
    private final Optional<String> focus;

    CauseGraph(List<Finding> findings) {
        this(findings, Optional.empty());
    }

    /** {@code focus}: the workload the question asks about ("why is search slow?"). */
    CauseGraph(List<Finding> findings, Optional<String> focus) {
        this.focus = focus;
        findings.forEach(f -> byId.putIfAbsent(f.id(), f));
        byId.replaceAll((id, f) -> f.causedBy() == null || byId.containsKey(f.causedBy()) ? f : f.causedBy(null));
        byId.replaceAll((id, f) -> leadUpOfAnOom(f));
        byId.replaceAll((id, f) -> inCycle(f) ? f.causedBy(null) : f);
        List<Finding> linked = List.copyOf(byId.values());
        byId.replaceAll((id, f) -> withLeadUp(f, linked));
        byId.values().stream().filter(f -> !f.isRootCause()).forEach(f -> symptoms.computeIfAbsent(
                        f.causedBy(), k -> new ArrayList<>())
                .add(f));
    }

    List<Finding> rootCauses() {
        return byId.values().stream()
                .filter(Finding::isRootCause)
                .sorted(Comparator.comparing((Finding f) -> !inFocus(f))
                        .thenComparing(Finding::severity)
                        .thenComparing(f -> -dependents(f.id()))
                        .thenComparing(Finding::id))
                .toList();
    }

    /** Every finding: each root cause followed by its symptoms, depth first. */
    List<Finding> ordered() {
        List<Finding> ordered = new ArrayList<>();
        rootCauses().forEach(root -> visit(root, ordered));
        return ordered;
    }

    /**
     * The longest path of symptoms down from {@code root} (each the cause of the next), root first: the chain a
     * person follows from the cause to what users see. Ties go to the most severe symptom.
     */
    List<Finding> chainFrom(Finding root) {
        List<Finding> longest = List.of();
        for (Finding symptom : symptomsOf(root.id()).stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::id))
                .toList()) {
            List<Finding> below = chainFrom(symptom);
            if (below.size() > longest.size()) {
                longest = below;
            }
        }
        List<Finding> chain = new ArrayList<>();
        chain.add(root);
        chain.addAll(longest);
        return chain;
    }

    /** Every finding {@code root} explains, directly or through another, depth first. */
    List<Finding> explainedBy(Finding root) {
        List<Finding> tree = new ArrayList<>();
        visit(root, tree);
        return tree.subList(1, tree.size());
    }

    List<Finding> symptomsOf(String id) {
        return symptoms.getOrDefault(id, List.of());
    }

    private void visit(Finding finding, List<Finding> into) {
        into.add(finding);
        symptomsOf(finding.id()).stream()
                .sorted(Comparator.comparing(Finding::severity).thenComparing(Finding::id))
                .forEach(s -> visit(s, into));
    }

    /**
     * Memory climbing to its limit on a workload that was OOMKilled is that kill's lead-up, whether or not the
     * restart counter caught the kill right after the climb: a symptom of the kill, not a second root cause.
     */
    private Finding leadUpOfAnOom(Finding finding) {
        String oom = Finding.idFor(Category.OOM_KILLED, finding.resource());
        boolean memoryClimb = finding.category() == Category.RESOURCE_SATURATION
                && finding.evidence().stream().allMatch(e -> e.source() == Evidence.Source.METRIC)
                && finding.evidence().stream()
                        .anyMatch(e -> e.quote().startsWith("pod_memory_utilization_over_pod_limit "));
        return memoryClimb && finding.isRootCause() && byId.containsKey(oom) ? finding.causedBy(oom) : finding;
    }

    /**
     * An OOM kill quotes the memory series that led to it: the metric evidence of the memory-climb finding the
     * analysis linked to it ({@code causedBy} the OOM, same workload), so the OOM finding alone shows the lead-up.
     */
    private static Finding withLeadUp(Finding finding, List<Finding> all) {
        if (finding.category() != Category.OOM_KILLED) {
            return finding;
        }
        List<Evidence> series = all.stream()
                .filter(f -> finding.id().equals(f.causedBy()) && f.category() == Category.RESOURCE_SATURATION)
                .filter(f -> f.resource().equals(finding.resource()))
                .flatMap(f -> f.evidence().stream())
                .filter(e -> e.source() == Evidence.Source.METRIC
                        && !finding.evidence().contains(e))
                .toList();
        if (series.isEmpty()) {
            return finding;
        }
        List<Evidence> evidence = new ArrayList<>(finding.evidence());
        evidence.addAll(series);
        return finding.withEvidence(evidence);
    }

    private boolean inFocus(Finding finding) {
        return focus.filter(name -> name.equals(finding.name())
                        || (finding.owner() != null
                                && name.equals(finding.owner().name())))
                .isPresent();
    }

    private int dependents(String id) {
        return symptomsOf(id).stream().mapToInt(s -> 1 + dependents(s.id())).sum();
    }

    /** Whether following causes from {@code finding} comes back to it; cutting it there breaks the cycle. */
    private boolean inCycle(Finding finding) {
        Set<String> seen = new HashSet<>();
        Finding current = finding;
        while (current.causedBy() != null && seen.add(current.id())) {
            current = byId.get(current.causedBy());
            if (current.id().equals(finding.id())) {
                return true;
            }
        }
        return false;
    }
}
