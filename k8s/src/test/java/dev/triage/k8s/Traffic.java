package dev.triage.k8s;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rendered NetworkPolicies applied to the rendered pods of the one namespace: which rules select a pod (policies
 * add up), and whether one pod's egress admits another.
 */
final class Traffic {

    private final List<NetworkPolicy> policies;
    private final Map<String, Map<String, String>> pods = new LinkedHashMap<>();

    Traffic(Rendered rendered) {
        this.policies = rendered.all(NetworkPolicy.class);
        rendered.podTemplates()
                .forEach((workload, template) -> pods.put(
                        workload.substring(workload.indexOf('/') + 1),
                        template.getMetadata().getLabels()));
    }

    /** Pod template labels by workload name. */
    Map<String, Map<String, String>> podLabels() {
        return pods;
    }

    List<NetworkPolicyIngressRule> ingressRules(String pod) {
        return selecting(pod, "Ingress").stream()
                .flatMap(p -> p.getSpec().getIngress().stream())
                .toList();
    }

    List<NetworkPolicyEgressRule> egressRules(String pod) {
        return selecting(pod, "Egress").stream()
                .flatMap(p -> p.getSpec().getEgress().stream())
                .toList();
    }

    /** The policies that name this pod by its labels (not the namespace-wide default). */
    List<NetworkPolicy> ownPolicies(String pod) {
        return policies.stream()
                .filter(p -> !p.getSpec().getPodSelector().getMatchLabels().isEmpty())
                .filter(p -> Selectors.matches(p.getSpec().getPodSelector(), labels(pod)))
                .toList();
    }

    /** Whether some egress rule of {@code from} admits a pod of this namespace with these labels on this port. */
    boolean egressAllows(String from, Map<String, String> target, int port) {
        return egressRules(from).stream()
                .anyMatch(rule -> admitsPort(rule.getPorts(), port)
                        && rule.getTo().stream().anyMatch(peer -> admitsPod(peer, target)));
    }

    private List<NetworkPolicy> selecting(String pod, String direction) {
        return policies.stream()
                .filter(p -> Selectors.matches(p.getSpec().getPodSelector(), labels(pod))
                        || p.getSpec().getPodSelector().getMatchLabels().isEmpty()
                                && p.getSpec()
                                        .getPodSelector()
                                        .getMatchExpressions()
                                        .isEmpty())
                .filter(p -> p.getSpec().getPolicyTypes().contains(direction))
                .toList();
    }

    private Map<String, String> labels(String pod) {
        Map<String, String> labels = pods.get(pod);
        if (labels == null) {
            throw new AssertionError("no workload " + pod + " among " + pods.keySet());
        }
        return labels;
    }

    private static boolean admitsPort(List<NetworkPolicyPort> ports, int port) {
        return ports.isEmpty()
                || ports.stream()
                        .anyMatch(p -> p.getPort() == null
                                || Integer.valueOf(port).equals(p.getPort().getIntVal()));
    }

    private static boolean admitsPod(NetworkPolicyPeer peer, Map<String, String> target) {
        return peer.getIpBlock() == null
                && peer.getNamespaceSelector() == null
                && peer.getPodSelector() != null
                && Selectors.matches(peer.getPodSelector(), target);
    }
}
