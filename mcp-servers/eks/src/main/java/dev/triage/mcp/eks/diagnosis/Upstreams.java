package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What stands behind a host a workload names: the Service (by name in its namespace, or by cluster IP), an
 * {@code ExternalName} Service followed to the in-cluster Service it aliases, and the workloads (top owners) of the
 * pods its selector matches; an address that is a pod's is that pod's workload.
 */
final class Upstreams {

    /** ExternalName aliases are followed this far: a loop of aliases ends here. */
    private static final int MAX_ALIASES = 5;

    private final ClusterState state;
    private final Map<String, Service> byClusterIp = new HashMap<>();
    private final Map<String, Pod> byPodIp = new HashMap<>();

    Upstreams(ClusterState state) {
        this.state = state;
        for (Service service : state.all(Service.class)) {
            String ip = service.getSpec() == null ? null : service.getSpec().getClusterIP();
            if (ip != null && !ip.isBlank() && !"None".equals(ip)) {
                byClusterIp.put(ip, service);
            }
        }
        for (Pod pod : state.all(Pod.class)) {
            if (pod.getStatus() != null && pod.getStatus().getPodIP() != null && !PodStatuses.isTerminal(pod)) {
                byPodIp.put(pod.getStatus().getPodIP(), pod);
            }
        }
    }

    /**
     * The resources a mention may depend on, nearest first: each Service on the way (the alias, then what it aliases)
     * and the workloads behind the last one. Empty when the host is nothing this cluster state holds.
     */
    List<ResourceRef> behind(ServiceMentions.Mention mention) {
        if (mention.isAddress()) {
            Optional<Service> service = Optional.ofNullable(byClusterIp.get(mention.host()));
            if (service.isEmpty()) {
                return Optional.ofNullable(byPodIp.get(mention.host()))
                        .map(p -> List.of(state.topOwner(p)))
                        .orElse(List.of());
            }
            return follow(service.get());
        }
        return state.find(Service.class, mention.namespace(), mention.host())
                .map(this::follow)
                .orElse(List.of());
    }

    private List<ResourceRef> follow(Service first) {
        Set<ResourceRef> found = new LinkedHashSet<>();
        Set<ResourceRef> seen = new HashSet<>();
        Service service = first;
        for (int hop = 0; service != null && hop <= MAX_ALIASES && seen.add(Refs.of(service)); hop++) {
            found.add(Refs.of(service));
            String externalName = externalName(service);
            if (externalName == null) {
                found.addAll(workloads(service));
                break;
            }
            service = aliased(externalName, Refs.namespace(service)).orElse(null);
        }
        return List.copyOf(found);
    }

    private List<ResourceRef> workloads(Service service) {
        Map<String, String> selector =
                service.getSpec() == null ? null : service.getSpec().getSelector();
        if (selector == null || selector.isEmpty()) {
            return List.of();
        }
        List<ResourceRef> owners = new ArrayList<>();
        state.podsMatching(Refs.namespace(service), selector).stream()
                .filter(p -> !PodStatuses.isTerminal(p))
                .map(state::topOwner)
                .distinct()
                .forEach(owners::add);
        return owners;
    }

    /** The in-cluster Service an ExternalName names ({@code redis.data.svc.cluster.local}), if it is one. */
    private Optional<Service> aliased(String externalName, String namespace) {
        return ServiceMentions.inValue(externalName, namespace).stream()
                .filter(m -> !m.isAddress())
                .findFirst()
                .flatMap(m -> state.find(Service.class, m.namespace(), m.host()));
    }

    private static String externalName(Service service) {
        return service.getSpec() != null
                        && "ExternalName".equals(service.getSpec().getType())
                ? service.getSpec().getExternalName()
                : null;
    }
}
