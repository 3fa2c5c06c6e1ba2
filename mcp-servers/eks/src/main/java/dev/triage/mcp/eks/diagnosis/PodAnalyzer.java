package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Classifies every pod by the first rule that recognises its trouble, then reports a workload's identical pod
 * failures once, on the workload (the pods' top owner).
 */
final class PodAnalyzer implements Analyzer {

    private static final List<PodRule> RULES = List.of(
            new EvictionRule(),
            new FailedPodRule(),
            new SchedulingRule(),
            new ContainerWaitingRule(),
            new RestartRule(),
            new MountRule(),
            new ReadinessRule());

    @Override
    public List<Detected> analyze(Inspection inspection) {
        ClusterState state = inspection.state();
        Map<Group, List<PodProblem>> groups = new LinkedHashMap<>();
        for (Pod pod : state.all(Pod.class)) {
            if (isJudged(pod, state)) {
                classify(pod, inspection).ifPresent(problem -> groups.computeIfAbsent(
                                new Group(state.topOwner(pod), problem.category()), g -> new ArrayList<>())
                        .add(problem));
            }
        }
        return groups.entrySet().stream()
                .map(e -> PodFindings.of(e.getKey().owner(), e.getValue(), inspection))
                .toList();
    }

    /**
     * Succeeded pods are done; a Job's failed pods are judged with their Job; a pod on a NotReady node shows stale
     * status and belongs to the node's finding.
     */
    private static boolean isJudged(Pod pod, ClusterState state) {
        String phase = PodStatuses.phase(pod);
        if ("Succeeded".equals(phase)) {
            return false;
        }
        if ("Failed".equals(phase)) {
            return !isOwnedByJob(pod);
        }
        return !state.isNodeNotReady(PodStatuses.nodeName(pod));
    }

    private static boolean isOwnedByJob(Pod pod) {
        var owners = pod.getMetadata().getOwnerReferences();
        return owners != null && owners.stream().anyMatch(o -> "Job".equals(o.getKind()));
    }

    private static Optional<PodProblem> classify(Pod pod, Inspection inspection) {
        return RULES.stream()
                .map(rule -> rule.check(pod, inspection))
                .flatMap(Optional::stream)
                .findFirst();
    }

    private record Group(ResourceRef owner, Category category) {}
}
