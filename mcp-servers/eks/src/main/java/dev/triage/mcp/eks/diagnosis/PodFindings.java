package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Turns one workload's pod problems of one category into a single finding, quoting its first pod. */
final class PodFindings {

    private PodFindings() {}

    static Detected of(ResourceRef owner, List<PodProblem> problems, Inspection in) {
        List<PodProblem> sorted = problems.stream()
                .sorted(Comparator.comparing(p -> p.pod().getMetadata().getName()))
                .toList();
        PodProblem first = sorted.getFirst();
        Quoted quoted = quote(first, owner, in);
        List<Pod> ownerPods = in.state().podsOf(owner);
        String summary = first.headline() + quoted.summaryTail() + "; " + sorted.size() + "/"
                + counted(ownerPods, first.category()) + " pods " + first.podState();
        boolean ownsItself = owner.equals(Refs.of(first.pod()));
        List<String> pods =
                sorted.stream().map(p -> p.pod().getMetadata().getName()).toList();
        Finding finding = Findings.of(
                first.category(),
                owner,
                ownsItself ? null : owner,
                summary,
                quoted.evidence(),
                severity(first, ownerPods, in.state()),
                pods);
        return new Detected(
                finding,
                quoted.causes().stream()
                        .distinct()
                        .filter(id -> !id.equals(finding.id()))
                        .toList(),
                quoted.dependencies());
    }

    /**
     * The first pod's evidence, plus its log line when it has one worth quoting, and what both name as causes: the
     * hosts its problem lines name first (the most direct word on what failed), then those it is configured to reach.
     */
    private static Quoted quote(PodProblem first, ResourceRef owner, Inspection in) {
        List<Evidence> evidence = new ArrayList<>(first.evidence());
        List<String> causes = new ArrayList<>(first.possibleCauses());
        Optional<PodProblem.LogWanted> wanted = first.log();
        Optional<LogExcerpt> excerpt = wanted.flatMap(w -> read(first.pod(), w, in));
        if (excerpt.isEmpty()) {
            List<Dependency> configured = first.dependenciesIfUnreachable() ? List.of() : first.dependencies();
            return new Quoted(evidence, "", causes, configured);
        }
        String ref = logRef(first.pod(), wanted.get());
        evidence.add(Evidence.log(ref, excerpt.get().quote()));
        List<Dependency> dependencies = new ArrayList<>();
        if (wanted.get().mentionsMayCause()) {
            for (String line : excerpt.get().problemLines()) {
                ServiceMentions.inText(line, owner.namespace())
                        .forEach(m -> dependencies.add(new Dependency(m, Evidence.log(ref, line))));
            }
        }
        if (!first.dependenciesIfUnreachable() || excerpt.get().showsUnreachable()) {
            dependencies.addAll(first.dependencies());
        }
        return new Quoted(
                evidence, wanted.get().inSummary() ? ": " + excerpt.get().brief() : "", causes, dependencies);
    }

    private record Quoted(
            List<Evidence> evidence, String summaryTail, List<String> causes, List<Dependency> dependencies) {}

    private static Optional<LogExcerpt> read(Pod pod, PodProblem.LogWanted wanted, Inspection in) {
        return in.logs()
                .tail(Refs.namespace(pod), pod.getMetadata().getName(), wanted.container(), wanted.previous())
                .map(log -> LogExcerpt.of(log, wanted.lastLine()))
                .filter(e -> !e.isEmpty());
    }

    private static String logRef(Pod pod, PodProblem.LogWanted wanted) {
        return Refs.log(Refs.namespace(pod), pod.getMetadata().getName(), wanted.container(), wanted.previous());
    }

    /** Evicted pods are counted against all the workload's pods; other failures against its live ones. */
    private static long counted(List<Pod> pods, Category category) {
        return category == Category.EVICTED
                ? pods.size()
                : pods.stream().filter(p -> !PodStatuses.isTerminal(p)).count();
    }

    /**
     * A serving workload with no ready pod is an outage (CRITICAL); a failing one still serving is HIGH; an evicted
     * pod already replaced, or a readiness probe failing on some replicas, is worth knowing.
     */
    private static Severity severity(PodProblem first, List<Pod> ownerPods, ClusterState state) {
        List<Pod> live =
                ownerPods.stream().filter(p -> !PodStatuses.isTerminal(p)).toList();
        long ready = live.stream().filter(PodStatuses::isReady).count();
        return switch (first.category()) {
            case EVICTED -> !live.isEmpty() && ready == live.size() ? Severity.LOW : Severity.MEDIUM;
            case APPLICATION_ERROR -> Severity.MEDIUM;
            case PROBE_FAILURE ->
                ready == 0 ? outage(first.pod(), state) : isRestarting(first.pod()) ? Severity.HIGH : Severity.MEDIUM;
            default -> ready > 0 ? Severity.HIGH : outage(first.pod(), state);
        };
    }

    /** A liveness probe restarts its container; a failing readiness probe only keeps the pod out of its Services. */
    private static boolean isRestarting(Pod pod) {
        return PodStatuses.containers(pod).stream().anyMatch(c -> PodStatuses.restarts(c) > 0);
    }

    private static Severity outage(Pod pod, ClusterState state) {
        return isServing(pod, state) ? Severity.CRITICAL : Severity.HIGH;
    }

    private static boolean isServing(Pod pod, ClusterState state) {
        return state.all(Service.class).stream()
                .filter(s -> Objects.equals(Refs.namespace(s), Refs.namespace(pod)))
                .map(s -> s.getSpec() == null ? null : s.getSpec().getSelector())
                .filter(selector -> selector != null && !selector.isEmpty())
                .anyMatch(selector -> PodSelector.matches(pod.getMetadata().getLabels(), selector));
    }
}
