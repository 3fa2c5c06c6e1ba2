package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Services with a selector and no ready endpoint. A selector that matches no pod is the root cause itself; pods that
 * match but are not ready are a symptom already reported by the pod analyzers, unless nothing explains them.
 */
final class ServiceEndpointsAnalyzer implements Analyzer {

    @Override
    public List<Detected> analyze(Inspection inspection) {
        ReadyEndpoints endpoints = new ReadyEndpoints(inspection.state());
        Set<String> explainedPods = inspection.earlier().stream()
                .flatMap(d -> d.finding().pods().stream().map(p -> d.finding().namespace() + "/" + p))
                .collect(Collectors.toSet());
        return inspection.state().all(Service.class).stream()
                .filter(ServiceEndpointsAnalyzer::hasSelector)
                .filter(s -> endpoints.count(s) == 0)
                .flatMap(s -> check(s, inspection.state(), explainedPods, endpoints).stream())
                .toList();
    }

    private static boolean hasSelector(Service service) {
        return service.getSpec() != null
                && !"ExternalName".equals(service.getSpec().getType())
                && service.getSpec().getSelector() != null
                && !service.getSpec().getSelector().isEmpty();
    }

    private static Optional<Detected> check(
            Service service, ClusterState state, Set<String> explainedPods, ReadyEndpoints endpoints) {
        List<Pod> selected = state
                .podsMatching(Refs.namespace(service), service.getSpec().getSelector())
                .stream()
                .filter(p -> !PodStatuses.isTerminal(p))
                .toList();
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.spec(Refs.field(service, "spec.selector"), selector(service)));
        endpoints.emptiness(service).ifPresent(evidence::add);
        if (selected.isEmpty()) {
            return Selectors.selectsScaledToZero(service, state)
                    ? Optional.empty()
                    : Optional.of(matchesNoPod(service, evidence, state));
        }
        boolean explained = selected.stream()
                .anyMatch(p -> explainedPods.contains(
                        Refs.namespace(p) + "/" + p.getMetadata().getName()));
        return explained ? Optional.empty() : Optional.of(noneReady(service, evidence, selected));
    }

    private static Detected matchesNoPod(Service service, List<Evidence> evidence, ClusterState state) {
        Optional<Selectors.NearMiss> nearMiss =
                Selectors.nearMiss(service.getSpec().getSelector(), Refs.namespace(service), state);
        nearMiss.ifPresent(
                m -> evidence.add(Evidence.spec(Refs.field(m.pod(), "metadata.labels." + m.label()), m.value())));
        String hint = nearMiss.map(m -> " (pods labelled " + Selectors.describe(m.shared()) + " have " + m.label() + "="
                        + m.value() + ")")
                .orElse("");
        String summary = "Service " + service.getMetadata().getName() + " selects " + selector(service)
                + " but no pod matches" + hint + "; it has no endpoints";
        return Detected.rootCause(finding(service, summary, evidence, List.of()));
    }

    /** Selected pods that are all unready with no finding of their own: a NotReady node may explain them. */
    private static Detected noneReady(Service service, List<Evidence> evidence, List<Pod> selected) {
        selected.stream()
                .limit(3)
                .forEach(p -> evidence.add(Evidence.status(
                        Refs.field(p, "status.conditions[Ready].status"),
                        PodStatuses.condition(p, "Ready")
                                .map(c -> c.getStatus())
                                .orElse("Unknown"))));
        String summary = "Service " + service.getMetadata().getName() + " has no ready endpoints: none of its "
                + selected.size() + " selected pods is ready";
        List<String> pods =
                selected.stream().map(p -> p.getMetadata().getName()).sorted().toList();
        List<String> nodeCauses = selected.stream()
                .map(PodStatuses::nodeName)
                .filter(Objects::nonNull)
                .distinct()
                .map(n -> Finding.idFor(Category.NODE_NOT_READY, new ResourceRef("Node", null, n)))
                .toList();
        return new Detected(finding(service, summary, evidence, pods), nodeCauses);
    }

    private static String selector(Service service) {
        return Selectors.describe(service.getSpec().getSelector());
    }

    private static Finding finding(Service service, String summary, List<Evidence> evidence, List<String> pods) {
        ResourceRef ref = Refs.of(service);
        return Findings.of(Category.SERVICE_NO_ENDPOINTS, ref, null, summary, evidence, Severity.CRITICAL, pods);
    }
}
