package dev.triage.mcp.eks.resources;

import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import java.util.Map;
import java.util.stream.Collectors;

/** Services (type, selector, ready endpoints), Endpoints and Ingresses. */
final class NetworkSummaries {

    private NetworkSummaries() {}

    static String of(Service service, SummaryContext context) {
        var spec = service.getSpec();
        Fields fields = Fields.of();
        if (spec != null) {
            fields.add("type", spec.getType())
                    .add("clusterIP", spec.getClusterIP())
                    .add("selector", selector(spec.getSelector()))
                    .add(
                            "ports",
                            spec.getPorts().stream().map(NetworkSummaries::port).collect(Collectors.joining(",")));
        }
        var endpoints = context.endpointsOf(
                service.getMetadata().getNamespace(), service.getMetadata().getName());
        return endpoints
                .map(found -> endpointCounts(fields, found))
                .orElse(fields)
                .toString();
    }

    static String of(Endpoints endpoints) {
        return endpointCounts(Fields.of(), endpoints).toString();
    }

    static String of(Ingress ingress) {
        var spec = ingress.getSpec();
        String hosts = spec == null
                ? null
                : spec.getRules().stream()
                        .map(rule -> rule.getHost() == null ? "*" : rule.getHost())
                        .collect(Collectors.joining(","));
        String addresses = ingress.getStatus() == null || ingress.getStatus().getLoadBalancer() == null
                ? null
                : ingress.getStatus().getLoadBalancer().getIngress().stream()
                        .map(lb -> lb.getHostname() != null ? lb.getHostname() : lb.getIp())
                        .collect(Collectors.joining(","));
        return Fields.of()
                .add("class", spec == null ? null : spec.getIngressClassName())
                .add("hosts", hosts)
                .add("address", addresses)
                .toString();
    }

    private static Fields endpointCounts(Fields fields, Endpoints endpoints) {
        int ready = endpoints.getSubsets().stream()
                .mapToInt(s -> s.getAddresses().size())
                .sum();
        int notReady = endpoints.getSubsets().stream()
                .mapToInt(s -> s.getNotReadyAddresses().size())
                .sum();
        return fields.add("endpoints", "ready:" + ready + ",notReady:" + notReady);
    }

    private static String selector(Map<String, String> selector) {
        return selector == null || selector.isEmpty()
                ? "<none>"
                : selector.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(","));
    }

    private static String port(ServicePort port) {
        return port.getPort() + "/" + port.getProtocol();
    }
}
