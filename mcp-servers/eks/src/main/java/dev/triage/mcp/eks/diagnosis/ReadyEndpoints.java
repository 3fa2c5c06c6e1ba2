package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Evidence;
import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.discovery.v1.Endpoint;
import io.fabric8.kubernetes.api.model.discovery.v1.EndpointSlice;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * How many ready endpoints a Service has: from its Endpoints object, else its EndpointSlices, else (a snapshot that
 * carries neither) from the ready pods its selector matches.
 */
final class ReadyEndpoints {

    private static final String SERVICE_NAME_LABEL = "kubernetes.io/service-name";

    private final ClusterState state;
    private final Map<String, List<EndpointSlice>> slicesByService;

    ReadyEndpoints(ClusterState state) {
        this.state = state;
        this.slicesByService = state.all(EndpointSlice.class).stream()
                .filter(s -> s.getMetadata().getLabels() != null
                        && s.getMetadata().getLabels().containsKey(SERVICE_NAME_LABEL))
                .collect(Collectors.groupingBy(s ->
                        Refs.namespace(s) + "/" + s.getMetadata().getLabels().get(SERVICE_NAME_LABEL)));
    }

    long count(Service service) {
        Optional<Endpoints> endpoints = endpoints(service);
        if (endpoints.isPresent()) {
            return subsets(endpoints.get()).stream()
                    .mapToLong(
                            s -> s.getAddresses() == null ? 0 : s.getAddresses().size())
                    .sum();
        }
        List<EndpointSlice> slices = slices(service);
        if (!slices.isEmpty()) {
            return slices.stream()
                    .flatMap(s -> s.getEndpoints() == null ? Stream.<Endpoint>empty() : s.getEndpoints().stream())
                    .filter(e -> e.getConditions() == null
                            || !Boolean.FALSE.equals(e.getConditions().getReady()))
                    .count();
        }
        return state.podsMatching(Refs.namespace(service), service.getSpec().getSelector()).stream()
                .filter(PodStatuses::isReady)
                .count();
    }

    /** The Service's Endpoints object quoted when it has no subsets at all: the plainest proof of no endpoints. */
    Optional<Evidence> emptiness(Service service) {
        return endpoints(service)
                .filter(e -> subsets(e).isEmpty())
                .map(e -> Evidence.status(Refs.field(e, "subsets"), "[]"));
    }

    private Optional<Endpoints> endpoints(Service service) {
        return state.find(
                Endpoints.class, Refs.namespace(service), service.getMetadata().getName());
    }

    private List<EndpointSlice> slices(Service service) {
        return slicesByService.getOrDefault(
                Refs.namespace(service) + "/" + service.getMetadata().getName(), List.of());
    }

    private static List<EndpointSubset> subsets(Endpoints endpoints) {
        return endpoints.getSubsets() == null ? List.of() : endpoints.getSubsets();
    }
}
