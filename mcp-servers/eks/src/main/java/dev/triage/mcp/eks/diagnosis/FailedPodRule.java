package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Optional;

/**
 * A pod that ran and failed for good (restartPolicy Never or OnFailure) outside a Job; a Job's failed pods are the
 * Job's story and are told by {@link JobAnalyzer}.
 */
final class FailedPodRule implements PodRule {

    @Override
    public Optional<PodProblem> check(Pod pod, Inspection inspection) {
        if (!"Failed".equals(PodStatuses.phase(pod)) || pod.getStatus().getReason() != null) {
            return Optional.empty();
        }
        return Containers.of(pod)
                .filter(c -> c.terminated()
                        .map(t -> t.getExitCode() != null && t.getExitCode() != 0)
                        .orElse(false))
                .findFirst()
                .map(FailedPodRule::problem);
    }

    private static PodProblem problem(ContainerView c) {
        ContainerStateTerminated terminated = c.terminated().orElseThrow();
        List<Evidence> evidence = List.of(
                Evidence.status(Refs.field(c.pod(), "status.phase"), "Failed"),
                Evidence.status(c.ref("state.terminated.exitCode"), String.valueOf(terminated.getExitCode())));
        String headline = Containers.describe(c) + " failed with exit code " + terminated.getExitCode()
                + (terminated.getReason() == null ? "" : " (" + terminated.getReason() + ")");
        return new PodProblem(c.pod(), Category.APPLICATION_ERROR, headline, "Failed", evidence)
                .withLog(new PodProblem.LogWanted(c.name(), false, false, true, true));
    }
}
