package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Optional;

/**
 * What is wrong with one pod, before the pods of one workload are grouped into a finding.
 *
 * @param headline the summary for one pod, e.g. {@code Container cart was OOMKilled (memory limit 256Mi)}
 * @param podState how the pod shows it, e.g. {@code CrashLoopBackOff}, {@code Pending}, {@code Running, not ready}
 * @param log the log worth quoting, if any; read once per finding, from its first pod
 * @param possibleCauses finding ids this problem may be a symptom of (see {@link Detected})
 * @param dependencies the hosts the container is configured to reach (see {@link Detected})
 * @param dependenciesIfUnreachable count the dependencies only when the log shows a connection failing: a crash that
 *     its own log explains otherwise is not its dependency's doing
 */
record PodProblem(
        Pod pod,
        Category category,
        String headline,
        String podState,
        List<Evidence> evidence,
        Optional<LogWanted> log,
        List<String> possibleCauses,
        List<Dependency> dependencies,
        boolean dependenciesIfUnreachable) {

    PodProblem {
        evidence = List.copyOf(evidence);
        possibleCauses = List.copyOf(possibleCauses);
        dependencies = List.copyOf(dependencies);
    }

    PodProblem(Pod pod, Category category, String headline, String podState, List<Evidence> evidence) {
        this(pod, category, headline, podState, evidence, Optional.empty(), List.of(), List.of(), false);
    }

    PodProblem withLog(LogWanted wanted) {
        return new PodProblem(
                pod,
                category,
                headline,
                podState,
                evidence,
                Optional.of(wanted),
                possibleCauses,
                dependencies,
                dependenciesIfUnreachable);
    }

    PodProblem withPossibleCauses(List<String> causes) {
        return new PodProblem(
                pod, category, headline, podState, evidence, log, causes, dependencies, dependenciesIfUnreachable);
    }

    /** @param ifUnreachable count them only when the log shows a connection failing */
    PodProblem withDependencies(List<Dependency> configured, boolean ifUnreachable) {
        return new PodProblem(
                pod, category, headline, podState, evidence, log, possibleCauses, configured, ifUnreachable);
    }

    /**
     * Which log to read and how to quote it.
     *
     * @param lastLine quote the last line (what the process was doing when it was killed) rather than the line that
     *     best explains a failure
     * @param inSummary append the quoted line to the summary: it is the explanation a person needs first
     * @param mentionsMayCause the hosts named in problem lines may be the cause (a pod failing its probes
     *     because an upstream has no endpoints)
     */
    record LogWanted(
            String container, boolean previous, boolean lastLine, boolean inSummary, boolean mentionsMayCause) {}
}
