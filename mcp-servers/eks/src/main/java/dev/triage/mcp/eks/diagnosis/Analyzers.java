package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Finding;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the analyzers in order (the fallbacks last, so they can see what is already explained), links symptoms to
 * their causes ({@link Links}), and orders the findings: root causes by severity, then symptoms.
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
        return new Links(List.copyOf(detected.values()), new Upstreams(state))
                .findings().stream().sorted(ORDER).toList();
    }
}
