package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import io.fabric8.kubernetes.api.model.ContainerStateWaiting;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A container that never starts: its image cannot be pulled, or its configuration refers to what is missing. */
final class ContainerWaitingRule implements PodRule {

    private static final Set<String> IMAGE_PULL =
            Set.of("ImagePullBackOff", "ErrImagePull", "InvalidImageName", "ErrImageNeverPull", "RegistryUnavailable");
    private static final Set<String> CONFIG =
            Set.of("CreateContainerConfigError", "CreateContainerError", "RunContainerError");

    @Override
    public Optional<PodProblem> check(Pod pod, Inspection inspection) {
        return Containers.of(pod)
                .filter(c -> isImagePull(c) || CONFIG.contains(String.valueOf(c.waitingReason())))
                .findFirst()
                .map(c -> isImagePull(c) ? imagePull(c, inspection) : configError(c, inspection));
    }

    private static boolean isImagePull(ContainerView c) {
        return IMAGE_PULL.contains(String.valueOf(c.waitingReason()));
    }

    private static PodProblem imagePull(ContainerView c, Inspection inspection) {
        List<Evidence> evidence = waitingEvidence(c);
        String image = c.spec().map(s -> s.getImage()).orElse(c.status().getImage());
        evidence.add(Evidence.spec(c.specRef("image"), image));
        Optional<String> pullError = inspection
                .state()
                .events()
                .warnings(c.pod(), "Failed")
                .filter(e ->
                        e.getMessage().startsWith("Failed to pull image") && EventIndex.isAboutContainer(e, c.name()))
                .findFirst()
                .map(e -> {
                    evidence.add(Evidence.event(Refs.event(e), e.getMessage()));
                    return e.getMessage();
                });
        String headline = Containers.describe(c) + " cannot pull image \"" + image + "\" (" + c.waitingReason() + ")"
                + pullError.map(ContainerWaitingRule::lastClause).orElse("");
        return new PodProblem(c.pod(), Category.IMAGE_PULL, headline, Containers.state(c), evidence);
    }

    private static PodProblem configError(ContainerView c, Inspection inspection) {
        String message = c.waiting().map(ContainerStateWaiting::getMessage).orElse(null);
        List<Evidence> evidence = waitingEvidence(c);
        inspection
                .state()
                .events()
                .warnings(c.pod(), "Failed")
                .filter(e -> e.getMessage().startsWith("Error: ") && EventIndex.isAboutContainer(e, c.name()))
                .findFirst()
                .ifPresent(e -> evidence.add(Evidence.event(Refs.event(e), e.getMessage())));
        String headline = Containers.describe(c) + " cannot start (" + c.waitingReason() + ")"
                + (message == null ? "" : ": " + message);
        return new PodProblem(c.pod(), Category.CONFIG_ERROR, headline, Containers.state(c), evidence);
    }

    private static List<Evidence> waitingEvidence(ContainerView c) {
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.status(c.ref("state.waiting.reason"), c.waitingReason()));
        c.waiting()
                .map(ContainerStateWaiting::getMessage)
                .ifPresent(m -> evidence.add(Evidence.status(c.ref("state.waiting.message"), m)));
        return evidence;
    }

    /** The registry's verdict is the last clause of the pull error: {@code ...: not found}. */
    private static String lastClause(String message) {
        int colon = message.lastIndexOf(": ");
        return colon < 0 ? "" : ": " + message.substring(colon + 2).strip();
    }
}
