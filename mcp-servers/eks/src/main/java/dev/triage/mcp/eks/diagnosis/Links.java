package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Links each finding to its cause: the first of its possible causes that was found, else the first failure behind a
 * host it depends on (the Service itself, then the workloads behind it, an ExternalName followed), never its own
 * workload and never closing a loop. Links compose, so a chain of any depth (A needs B, which needs C) ends at one
 * root cause. A finding linked through a dependency quotes where it names it (the env value, the ConfigMap key, the
 * log line), unless it quotes that already.
 */
final class Links {

    private static final Comparator<Finding> MOST_SEVERE = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::category)
            .thenComparing(Finding::id);

    private final List<Detected> detected;
    private final Upstreams upstreams;
    private final Map<String, Finding> byId = new LinkedHashMap<>();
    private final Map<ResourceRef, List<Finding>> byWorkload = new HashMap<>();

    Links(List<Detected> detected, Upstreams upstreams) {
        this.detected = detected;
        this.upstreams = upstreams;
        for (Detected d : detected) {
            byId.put(d.id(), d.finding());
            byWorkload
                    .computeIfAbsent(workload(d.finding()), k -> new ArrayList<>())
                    .add(d.finding());
        }
        byWorkload.values().forEach(list -> list.sort(MOST_SEVERE));
    }

    List<Finding> findings() {
        Map<String, Cause> causeOf = new HashMap<>();
        for (Detected d : detected) {
            candidates(d)
                    .filter(c -> !leadsTo(c.id(), d.id(), causeOf))
                    .findFirst()
                    .ifPresent(c -> causeOf.put(d.id(), c));
        }
        return detected.stream()
                .map(d -> Optional.ofNullable(causeOf.get(d.id()))
                        .map(c -> linked(d.finding(), c))
                        .orElse(d.finding()))
                .toList();
    }

    /** Possible causes first, then what stands behind each dependency, nearest first. */
    private Stream<Cause> candidates(Detected d) {
        ResourceRef own = workload(d.finding());
        var direct = d.possibleCauses().stream()
                .filter(id -> byId.containsKey(id) && !id.equals(d.id()))
                .map(id -> new Cause(id, null));
        var behind = d.dependencies().stream().flatMap(dep -> upstreams.behind(dep.mention()).stream()
                .filter(ref -> !ref.equals(own))
                .flatMap(ref -> byWorkload.getOrDefault(ref, List.of()).stream())
                .filter(f -> !f.id().equals(d.id()))
                .map(f -> new Cause(f.id(), dep.namedBy())));
        return Stream.concat(direct, behind);
    }

    private static Finding linked(Finding finding, Cause cause) {
        Finding symptom = finding.causedBy(cause.id());
        if (cause.namedBy() == null || finding.evidence().contains(cause.namedBy())) {
            return symptom;
        }
        List<Evidence> evidence = new ArrayList<>(finding.evidence());
        evidence.add(cause.namedBy());
        return symptom.withEvidence(evidence);
    }

    /** What a finding is about as a dependency: its workload (a pod's top owner), else the resource itself. */
    private static ResourceRef workload(Finding finding) {
        return finding.owner() != null ? finding.owner() : finding.resource();
    }

    private static boolean leadsTo(String from, String to, Map<String, Cause> causeOf) {
        for (String current = from; current != null; current = next(causeOf, current)) {
            if (current.equals(to)) {
                return true;
            }
        }
        return false;
    }

    private static String next(Map<String, Cause> causeOf, String id) {
        Cause cause = causeOf.get(id);
        return cause == null ? null : cause.id();
    }

    /** @param namedBy where the symptom names the dependency; null for a direct possible cause */
    private record Cause(String id, Evidence namedBy) {}
}
