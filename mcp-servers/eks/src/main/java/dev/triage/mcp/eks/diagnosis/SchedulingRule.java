package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Pending pod the scheduler cannot place: what no node satisfies ({@link Placement}), with what the nodes have, then
 * the scheduler's own reasons and what the pod requests.
 */
final class SchedulingRule implements PodRule {

    @Override
    public Optional<PodProblem> check(Pod pod, Inspection inspection) {
        if (!"Pending".equals(PodStatuses.phase(pod))) {
            return Optional.empty();
        }
        return PodStatuses.condition(pod, "PodScheduled")
                .filter(c -> "False".equals(c.getStatus()) && "Unschedulable".equals(c.getReason()))
                .map(c -> problem(pod, c, inspection));
    }

    private static PodProblem problem(Pod pod, PodCondition condition, Inspection inspection) {
        String message = condition.getMessage() == null ? "" : condition.getMessage();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.status(Refs.field(pod, "status.conditions[PodScheduled].reason"), "Unschedulable"));
        if (!message.isEmpty()) {
            evidence.add(Evidence.status(Refs.field(pod, "status.conditions[PodScheduled].message"), message));
        }
        inspection
                .state()
                .events()
                .latestWarning(pod, "FailedScheduling")
                .ifPresent(e -> evidence.add(Evidence.event(Refs.event(e), e.getMessage())));
        List<String> requests = shortRequests(pod, message, evidence);
        Placement placement = Placement.of(pod, inspection.state());
        evidence.addAll(placement.evidence());
        String headline = placement.reasons().isEmpty()
                ? "Pod cannot be scheduled: " + withoutPreemption(message)
                        + (requests.isEmpty() ? "" : " (requests " + String.join(", ", requests) + ")")
                : "Pod cannot be scheduled: " + String.join("; ", placement.reasons())
                        + (message.isEmpty() ? "" : " (scheduler: " + withoutPreemption(message) + ")");
        return new PodProblem(pod, Category.UNSCHEDULABLE, headline, "Pending", evidence)
                .withPossibleCauses(ClaimCauses.of(pod));
    }

    /** Quotes the requests for the resources the scheduler found short ({@code memory 24Gi}) and returns them. */
    private static List<String> shortRequests(Pod pod, String message, List<Evidence> evidence) {
        List<String> requests = new ArrayList<>();
        for (Container container : pod.getSpec().getContainers()) {
            for (String resource : List.of("memory", "cpu")) {
                request(container, resource, message).ifPresent(q -> {
                    String field = "spec.containers[" + container.getName() + "].resources.requests." + resource;
                    evidence.add(Evidence.spec(Refs.field(pod, field), q));
                    requests.add(resource + " " + q);
                });
            }
        }
        return requests;
    }

    /** A request is worth quoting only when the scheduler says that resource is short. */
    private static Optional<String> request(Container container, String resource, String message) {
        if (!message.contains("Insufficient " + resource)
                || container.getResources() == null
                || container.getResources().getRequests() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(container.getResources().getRequests().get(resource))
                .map(Quantity::toString);
    }

    /** The preemption part of the message says only that preemption would not help. */
    private static String withoutPreemption(String message) {
        int preemption = message.indexOf(" preemption:");
        return (preemption < 0 ? message : message.substring(0, preemption)).strip();
    }
}
