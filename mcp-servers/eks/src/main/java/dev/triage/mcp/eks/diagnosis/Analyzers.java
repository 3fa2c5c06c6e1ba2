package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Finding;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the analyzers in order (the fallbacks last, so they can see what is already explained), links symptoms to
 * their causes, and orders the findings: root causes by severity, then symptoms.
 */
final class Analyzers {

    private static final List<Analyzer> ALL = List.of(
            new NodeAnalyzer(),
            new PodAnalyzer(),
            new PodCreationAnalyzer(),
            new VolumeClaimAnalyzer(),
            new JobAnalyzer(),
            new IngressAnalyzer(),
            new RolloutAnalyzer(),
            new ServiceEndpointsAnalyzer(),
            new UnavailableWorkloadAnalyzer());

    private static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> !f.isRootCause())
            .thenComparing(Finding::severity)
            .thenComparing(Finding::id);

    private Analyzers() {}

    static List<Finding> run(ClusterState state, Clock clock, LogSource logs) {
        Map<String, Detected> detected = new LinkedHashMap<>();
        for (Analyzer analyzer : ALL) {
            Inspection inspection = new Inspection(state, clock, logs, List.copyOf(detected.values()));
            analyzer.analyze(inspection).forEach(d -> detected.putIfAbsent(d.id(), d));
        }
        return link(List.copyOf(detected.values())).stream().sorted(ORDER).toList();
    }

    /** Each finding gets the first possible cause that was found, unless that would close a loop. */
    private static List<Finding> link(List<Detected> detected) {
        Set<String> found = detected.stream().map(Detected::id).collect(Collectors.toSet());
        Map<String, String> causeOf = new HashMap<>();
        for (Detected d : detected) {
            d.possibleCauses().stream()
                    .filter(cause -> found.contains(cause) && !leadsTo(cause, d.id(), causeOf))
                    .findFirst()
                    .ifPresent(cause -> causeOf.put(d.id(), cause));
        }
        List<Finding> findings = new ArrayList<>();
        for (Detected d : detected) {
            String cause = causeOf.get(d.id());
            findings.add(cause == null ? d.finding() : d.finding().causedBy(cause));
        }
        return findings;
    }

    private static boolean leadsTo(String from, String to, Map<String, String> causeOf) {
        for (String current = from; current != null; current = causeOf.get(current)) {
            if (current.equals(to)) {
                return true;
            }
        }
        return false;
    }
}
