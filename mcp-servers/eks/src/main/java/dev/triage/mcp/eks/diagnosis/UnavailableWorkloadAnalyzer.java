package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The fallback: Deployments, StatefulSets and DaemonSets short of ready replicas that no earlier finding explains.
 * Unready pods on a NotReady node point at the node; a DaemonSet's pods there are part of the node's finding.
 */
final class UnavailableWorkloadAnalyzer implements Analyzer {

    @Override
    public List<Detected> analyze(Inspection inspection) {
        ClusterState state = inspection.state();
        return Stream.of(
                        state.all(Deployment.class).stream()
                                .filter(d -> !isRollingOut(d))
                                .map(d -> new Shortfall(
                                        d, Workloads.desired(d), Workloads.available(d), "status.availableReplicas")),
                        state.all(StatefulSet.class).stream()
                                .map(s -> new Shortfall(
                                        s, Workloads.desired(s), Workloads.ready(s), "status.readyReplicas")),
                        state.all(DaemonSet.class).stream()
                                .filter(d -> d.getStatus() != null)
                                .map(d -> new Shortfall(
                                        d,
                                        Workloads.orZero(d.getStatus().getDesiredNumberScheduled()),
                                        Workloads.orZero(d.getStatus().getNumberReady()),
                                        "status.numberReady")))
                .flatMap(s -> s)
                .filter(s -> s.desired() > 0 && s.ready() < s.desired() && !inspection.explains(Refs.of(s.workload())))
                .flatMap(s -> detect(s, state).stream())
                .toList();
    }

    /** A rollout within its deadline is expected to be short of replicas for a while. */
    private static boolean isRollingOut(Deployment deployment) {
        return Workloads.conditions(deployment).stream()
                .anyMatch(c -> "Progressing".equals(c.getType())
                        && "True".equals(c.getStatus())
                        && ("ReplicaSetUpdated".equals(c.getReason()) || "NewReplicaSetCreated".equals(c.getReason())));
    }

    private static Optional<Detected> detect(Shortfall shortfall, ClusterState state) {
        ResourceRef ref = Refs.of(shortfall.workload());
        List<Pod> unready = state.podsOf(ref).stream()
                .filter(p -> !PodStatuses.isTerminal(p) && !PodStatuses.isReady(p))
                .toList();
        boolean allOnDownNodes =
                !unready.isEmpty() && unready.stream().allMatch(p -> state.isNodeNotReady(PodStatuses.nodeName(p)));
        if (shortfall.workload() instanceof DaemonSet && allOnDownNodes) {
            return Optional.empty();
        }
        List<String> downNodes = unready.stream()
                .map(PodStatuses::nodeName)
                .filter(state::isNodeNotReady)
                .distinct()
                .sorted()
                .toList();
        String why = downNodes.isEmpty()
                ? "; no pod-level cause was found"
                : "; unready pods run on NotReady node " + String.join(", ", downNodes);
        List<Evidence> evidence = List.of(Evidence.status(
                Refs.field(shortfall.workload(), shortfall.readyField()), String.valueOf(shortfall.ready())));
        String summary = ref.kind() + " " + ref.name() + " has " + shortfall.ready() + "/" + shortfall.desired()
                + " ready" + why;
        List<String> pods =
                unready.stream().map(p -> p.getMetadata().getName()).sorted().toList();
        Severity severity = shortfall.ready() == 0 ? Severity.HIGH : Severity.MEDIUM;
        return Optional.of(new Detected(
                Findings.of(Category.UNKNOWN, ref, ref, summary, evidence, severity, pods),
                downNodes.stream().map(UnavailableWorkloadAnalyzer::nodeFinding).toList()));
    }

    private static String nodeFinding(String node) {
        return Finding.idFor(Category.NODE_NOT_READY, new ResourceRef("Node", null, node));
    }

    private record Shortfall(HasMetadata workload, int desired, int ready, String readyField) {}
}
