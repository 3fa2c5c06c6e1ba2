package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A pod stuck creating its containers because a volume cannot be mounted: a missing Secret or ConfigMap (or key) is
 * a configuration error, anything else (a claim, an attachment) a volume error.
 */
final class MountRule implements PodRule {

    private static final Pattern MISSING_CONFIG =
            Pattern.compile("(secrets?|configmaps?) \"[^\"]+\" not found|couldn't find key");

    @Override
    public Optional<PodProblem> check(Pod pod, Inspection inspection) {
        if (!isCreating(pod)) {
            return Optional.empty();
        }
        return inspection.state().events().about(pod).stream()
                .filter(e -> "Warning".equals(e.getType()) && e.getMessage() != null)
                .filter(e -> "FailedMount".equals(e.getReason()) || "FailedAttachVolume".equals(e.getReason()))
                .findFirst()
                .map(e -> problem(pod, e));
    }

    /** Scheduled, not yet running, and no container got further than ContainerCreating. */
    private static boolean isCreating(Pod pod) {
        if (!"Pending".equals(PodStatuses.phase(pod)) || PodStatuses.nodeName(pod) == null) {
            return false;
        }
        return Containers.of(pod)
                .allMatch(c -> c.waitingReason() == null
                        || "ContainerCreating".equals(c.waitingReason())
                        || "PodInitializing".equals(c.waitingReason()));
    }

    private static PodProblem problem(Pod pod, Event event) {
        boolean config = MISSING_CONFIG.matcher(event.getMessage()).find();
        List<Evidence> evidence = new ArrayList<>();
        Containers.of(pod)
                .filter(c -> c.waitingReason() != null)
                .findFirst()
                .ifPresent(c -> evidence.add(Evidence.status(c.ref("state.waiting.reason"), c.waitingReason())));
        evidence.add(Evidence.event(Refs.event(event), event.getMessage()));
        String headline = "Pod stuck in ContainerCreating: " + event.getMessage();
        PodProblem problem = new PodProblem(
                pod, config ? Category.CONFIG_ERROR : Category.VOLUME_ERROR, headline, "ContainerCreating", evidence);
        return config ? problem : problem.withPossibleCauses(ClaimCauses.of(pod));
    }
}
