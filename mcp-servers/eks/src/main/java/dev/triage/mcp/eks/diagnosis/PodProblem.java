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
 */
record PodProblem(
        Pod pod,
        Category category,
        String headline,
        String podState,
        List<Evidence> evidence,
        Optional<LogWanted> log,
        List<String> possibleCauses) {

    PodProblem {
        evidence = List.copyOf(evidence);
        possibleCauses = List.copyOf(possibleCauses);
    }

    PodProblem(Pod pod, Category category, String headline, String podState, List<Evidence> evidence) {
        this(pod, category, headline, podState, evidence, Optional.empty(), List.of());
    }

    PodProblem withLog(LogWanted wanted) {
        return new PodProblem(pod, category, headline, podState, evidence, Optional.of(wanted), possibleCauses);
    }

    PodProblem withPossibleCauses(List<String> causes) {
        return new PodProblem(pod, category, headline, podState, evidence, log, causes);
    }

    /**
     * Which log to read and how to quote it.
     *
     * @param lastLine quote the last line (what the process was doing when it was killed) rather than the line that
     *     best explains a failure
     * @param inSummary append the quoted line to the summary: it is the explanation a person needs first
     * @param mentionsMayCause the Services named in problem lines may be the cause (a pod failing its probes
     *     because an upstream has no endpoints)
     */
    record LogWanted(
            String container, boolean previous, boolean lastLine, boolean inSummary, boolean mentionsMayCause) {}
}
