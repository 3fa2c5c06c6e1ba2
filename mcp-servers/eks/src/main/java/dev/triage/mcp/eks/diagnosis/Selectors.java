package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Label selectors of Services: how they read, what they almost match, and whether they select a workload at rest. */
final class Selectors {

    private Selectors() {}

    /** {@code app=catalog, tier=backend}, in the selector's own order. */
    static String describe(Map<String, String> selector) {
        return selector.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /**
     * A pod that matches all of the selector but one label, which it carries with another value: the usual typo or
     * drift between a Service and its pods.
     *
     * @param shared the part of the selector the pod does match
     */
    record NearMiss(Pod pod, String label, String value, Map<String, String> shared) {}

    static Optional<NearMiss> nearMiss(Map<String, String> selector, String namespace, ClusterState state) {
        for (String label : selector.keySet()) {
            Map<String, String> shared = new LinkedHashMap<>(selector);
            shared.remove(label);
            if (shared.isEmpty()) {
                continue;
            }
            Optional<Pod> pod = state.podsMatching(namespace, shared).stream()
                    .filter(p -> !PodStatuses.isTerminal(p)
                            && p.getMetadata().getLabels().get(label) != null)
                    .min(Comparator.comparing(p -> p.getMetadata().getName()));
            if (pod.isPresent()) {
                return Optional.of(new NearMiss(
                        pod.get(), label, pod.get().getMetadata().getLabels().get(label), shared));
            }
        }
        return Optional.empty();
    }

    /** Whether the Service fronts a Deployment or StatefulSet deliberately scaled to zero: no endpoints is intended. */
    static boolean selectsScaledToZero(Service service, ClusterState state) {
        String namespace = Refs.namespace(service);
        Map<String, String> selector = service.getSpec().getSelector();
        Stream<PodTemplateSpec> atRest = Stream.concat(
                state.all(Deployment.class).stream()
                        .filter(d -> Objects.equals(Refs.namespace(d), namespace) && Workloads.desired(d) == 0)
                        .map(d -> d.getSpec().getTemplate()),
                state.all(StatefulSet.class).stream()
                        .filter(s -> Objects.equals(Refs.namespace(s), namespace) && Workloads.desired(s) == 0)
                        .map(s -> s.getSpec().getTemplate()));
        return atRest.filter(Objects::nonNull)
                .anyMatch(t -> t.getMetadata() != null
                        && PodSelector.matches(t.getMetadata().getLabels(), selector));
    }
}
