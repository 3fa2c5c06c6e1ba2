package dev.triage.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may talk to whom, read from the rendered NetworkPolicies: only the orchestrator reaches the MCP servers, and
 * each server reaches only DNS, the API server and AWS endpoints in the VPC (and, per server, what it alone needs).
 */
class NetworkPolicyTest {

    private static final Map<String, Set<Egress>> SERVER_EGRESS = Map.of(
            "triage-mcp-eks", Set.of(Egress.DNS, Egress.VPC_HTTPS),
            "triage-mcp-runbook", Set.of(Egress.DNS, Egress.VPC_HTTPS, Egress.VPC_POSTGRES),
            "triage-mcp-cloudwatch", Set.of(Egress.DNS, Egress.VPC_HTTPS, Egress.POD_IDENTITY_AGENT));

    static List<Rendered> kustomizations() {
        return Layout.everyKustomization();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everythingIsDeniedUnlessAPolicyAllowsIt(Rendered rendered) {
        NetworkPolicy deny = rendered.require(NetworkPolicy.class, "default-deny");

        assertThat(deny.getSpec().getPodSelector().getMatchLabels()).isEmpty();
        assertThat(deny.getSpec().getPodSelector().getMatchExpressions()).isEmpty();
        assertThat(deny.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        assertThat(deny.getSpec().getIngress()).isEmpty();
        assertThat(deny.getSpec().getEgress()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void onlyTheOrchestratorReachesTheMcpServers(Rendered rendered) {
        Traffic traffic = new Traffic(rendered);
        Map<String, Map<String, String>> pods = traffic.podLabels();

        for (String server : SERVER_EGRESS.keySet()) {
            List<NetworkPolicyIngressRule> rules = traffic.ingressRules(server);
            assertThat(rules).as(server).isNotEmpty().allSatisfy(rule -> {
                assertThat(rule.getPorts())
                        .as(server)
                        .extracting(p -> p.getPort().getIntVal())
                        .containsOnly(8000);
                assertThat(rule.getFrom())
                        .as("%s: a rule without from admits everyone", server)
                        .isNotEmpty();
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    assertThat(peer.getIpBlock()).as(server).isNull();
                    assertThat(peer.getNamespaceSelector()).as(server).isNull();
                    assertThat(pods).as("%s admits the pods of", server).allSatisfy((pod, labels) -> assertThat(
                                    Selectors.matches(peer.getPodSelector(), labels))
                            .as("%s from %s", server, pod)
                            .isEqualTo(pod.equals("triage-orchestrator")));
                }
            });
            assertThat(traffic.egressAllows("triage-orchestrator", pods.get(server), 8000))
                    .as("the orchestrator's own policy lets it reach %s", server)
                    .isTrue();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void eachServerReachesOnlyDnsTheApiServerAndAwsEndpoints(Rendered rendered) {
        Traffic traffic = new Traffic(rendered);

        SERVER_EGRESS.forEach((server, allowed) -> {
            List<NetworkPolicyEgressRule> rules = traffic.egressRules(server);
            assertThat(rules).as(server).isNotEmpty().allSatisfy(rule -> {
                assertThat(rule.getTo())
                        .as("%s: a rule without to reaches everything", server)
                        .isNotEmpty();
                assertThat(rule.getPorts())
                        .as("%s: a rule without ports opens every port", server)
                        .isNotEmpty();
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    for (NetworkPolicyPort port : rule.getPorts()) {
                        assertThat(Egress.of(peer, port))
                                .as("%s to %s port %s", server, peer, port.getPort())
                                .isPresent()
                                .get()
                                .isIn(allowed);
                    }
                }
            });
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kustomizations")
    void everyWorkloadHasItsOwnPolicyForBothDirections(Rendered rendered) {
        Traffic traffic = new Traffic(rendered);

        assertThat(traffic.podLabels().keySet()).allSatisfy(pod -> {
            assertThat(traffic.ownPolicies(pod))
                    .as("policies naming %s", pod)
                    .isNotEmpty()
                    .allSatisfy(policy -> assertThat(policy.getSpec().getPolicyTypes())
                            .containsExactlyInAnyOrder("Ingress", "Egress"));
        });
    }
}
