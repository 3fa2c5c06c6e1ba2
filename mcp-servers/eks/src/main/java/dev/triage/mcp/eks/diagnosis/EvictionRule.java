package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A pod the kubelet evicted (node pressure); its node's condition is the likely cause. */
final class EvictionRule implements PodRule {

    @Override
    public Optional<PodProblem> check(Pod pod, Inspection inspection) {
        if (!"Failed".equals(PodStatuses.phase(pod))
                || !"Evicted".equals(pod.getStatus().getReason())) {
            return Optional.empty();
        }
        String node = PodStatuses.nodeName(pod);
        String message = pod.getStatus().getMessage();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.status(Refs.field(pod, "status.reason"), "Evicted"));
        if (message != null) {
            evidence.add(Evidence.status(Refs.field(pod, "status.message"), message));
        }
        if (node != null) {
            evidence.add(Evidence.spec(Refs.field(pod, "spec.nodeName"), node));
        }
        inspection
                .state()
                .events()
                .latestWarning(pod, "Evicted")
                .ifPresent(e -> evidence.add(Evidence.event(Refs.event(e), e.getMessage())));
        String headline = "Pod evicted" + (node == null ? "" : " from node " + node) + firstSentence(message);
        return Optional.of(new PodProblem(pod, Category.EVICTED, headline, "Evicted", evidence)
                .withPossibleCauses(node == null ? List.of() : nodeCauses(node)));
    }

    private static List<String> nodeCauses(String node) {
        return List.of(
                Finding.idFor(Category.RESOURCE_SATURATION, new ResourceRef("Node", null, node)),
                Finding.idFor(Category.NODE_NOT_READY, new ResourceRef("Node", null, node)));
    }

    private static String firstSentence(String message) {
        if (message == null || message.isBlank()) {
            return "";
        }
        int end = message.indexOf(". ");
        return ": " + (end < 0 ? message : message.substring(0, end + 1));
    }
}
