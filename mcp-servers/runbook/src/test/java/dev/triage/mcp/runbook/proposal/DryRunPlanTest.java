package dev.triage.mcp.runbook.proposal;

import static dev.triage.mcp.runbook.proposal.Proposals.json;
import static dev.triage.mcp.runbook.proposal.Proposals.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The exact plans proposals carry, computed against the live objects of an embedded cluster. */
class DryRunPlanTest {

    @RegisterExtension
    static EmbeddedClusterExtension cluster = EmbeddedClusterExtension.of(Proposals.FIXTURE);

    @Test
    void raisingTheMemoryLimitByDefaultGoesFrom256MiTo384MiWithTheStrategicMergePatch() {
        Proposal proposal =
                Proposals.proposer(cluster).propose(request("raise-memory-limit", "shop", "Deployment", "cart"));

        assertThat(proposal.status()).as(proposal.reason()).isEqualTo("PROPOSED");
        assertThat(proposal.params()).containsEntry("memory_limit", "384Mi").containsEntry("timeout", "10m");
        assertThat(proposal.risk()).isEqualTo("medium");
        assertThat(proposal.requiresApproval()).isTrue();
        assertThat(proposal.policy()).isEqualTo("default");
        PlanStep set = proposal.plan().getFirst();
        assertThat(set.changes())
                .containsExactly(new Change("containers[cart].resources.limits.memory", "256Mi", "384Mi"));
        assertThat(set.patchType()).isEqualTo("strategic-merge");
        assertThat(json(set.patch())).isEqualTo("""
                {"spec":{"template":{"spec":{"containers":[{"name":"cart","resources":{"limits":{"memory":"384Mi"}}}]}}}}""");
        assertThat(proposal.plan()).extracting(PlanStep::action).containsExactly("set-resources", "wait-for-rollout");
    }

    @Test
    void aGivenLimitIsUsedAsGivenAndTheSecondContainerIsChosenByName() {
        Proposal proposal = Proposals.proposer(cluster)
                .propose(request(
                        "raise-memory-limit",
                        "shop",
                        "Deployment",
                        "web",
                        Map.of("container", "envoy", "memory_limit", "200Mi")));

        assertThat(proposal.plan().getFirst().changes())
                .containsExactly(new Change("containers[envoy].resources.limits.memory", "128Mi", "200Mi"));
    }

    @Test
    void raisingTheCpuLimitByDefaultGoesFromOneCoreTo1500m() {
        Proposal proposal =
                Proposals.proposer(cluster).propose(request("raise-cpu-limit", "shop", "Deployment", "cart"));

        assertThat(proposal.params()).containsEntry("cpu_limit", "1500m");
        assertThat(proposal.plan().getFirst().changes())
                .containsExactly(new Change("containers[cart].resources.limits.cpu", "1", "1500m"));
    }

    @Test
    void scalingShowsReplicasFromAndToAndTheMergePatch() {
        Proposal proposal = Proposals.proposer(cluster)
                .propose(request("scale-deployment", "shop", "Deployment", "cart", Map.of("replicas", 4)));

        PlanStep scale = proposal.plan().getFirst();
        assertThat(scale.changes()).containsExactly(new Change("spec.replicas", "2", "4"));
        assertThat(scale.patchType()).isEqualTo("merge");
        assertThat(json(scale.patch())).isEqualTo("{\"spec\":{\"replicas\":4}}");
        assertThat(scale.description()).isEqualTo("scale Deployment/shop/cart from 2 to 4 replicas");
    }

    @Test
    void rollingBackPicksTheNewestEarlierRevisionWhosePodsWereAvailable() {
        Proposal proposal = Proposals.proposer(cluster)
                .propose(request("rollback-deployment", "shop", "Deployment", "recommendations"));

        assertThat(proposal.params()).containsEntry("revision", "6");
        PlanStep undo = proposal.plan().getFirst();
        assertThat(undo.changes())
                .containsExactly(
                        new Change("revision", "7", "6"),
                        new Change(
                                "containers[recommendations].image",
                                "ecr.example/shop/recommendations:v2.4.1",
                                "ecr.example/shop/recommendations:v2.4.0"));
        assertThat(undo.description()).contains("ReplicaSet recommendations-5f7c8d9b64, 2 pods available now");
        assertThat(undo.patchType()).isEqualTo("json");
        assertThat(json(undo.patch()))
                .startsWith("[{\"op\":\"replace\",\"path\":\"/spec/template\",\"value\":{")
                .contains("\"labels\":{\"app\":\"recommendations\"}")
                .contains("recommendations:v2.4.0")
                .doesNotContain("pod-template-hash");
    }

    @Test
    void rollingBackToAGivenRevisionUsesThatRevisionsImage() {
        Proposal proposal = Proposals.proposer(cluster)
                .propose(
                        request("rollback-deployment", "shop", "Deployment", "recommendations", Map.of("revision", 5)));

        assertThat(proposal.plan().getFirst().changes())
                .contains(new Change(
                        "containers[recommendations].image",
                        "ecr.example/shop/recommendations:v2.4.1",
                        "ecr.example/shop/recommendations:v2.3.9"));
    }

    @Test
    void restartingSetsTheRestartedAnnotationToTheClusterClock() {
        Proposal proposal =
                Proposals.proposer(cluster).propose(request("restart-deployment", "shop", "Deployment", "web"));

        PlanStep restart = proposal.plan().getFirst();
        assertThat(restart.changes())
                .containsExactly(new Change(
                        "spec.template.metadata.annotations[kubectl.kubernetes.io/restartedAt]",
                        "2026-11-01T08:00:00Z",
                        "2026-11-21T10:00:00Z"));
        assertThat(json(restart.patch()))
                .isEqualTo("{\"spec\":{\"template\":{\"metadata\":{\"annotations\":"
                        + "{\"kubectl.kubernetes.io/restartedAt\":\"2026-11-21T10:00:00Z\"}}}}}");
        assertThat(proposal.plan())
                .extracting(PlanStep::action)
                .containsExactly("rollout-restart", "wait-for-rollout", "verify-condition");
    }

    @Test
    void deletingAPodNamesThePodItsNodeAndTheControllerThatReplacesIt() {
        Proposal proposal =
                Proposals.proposer(cluster).propose(request("delete-pod", "shop", "Pod", "cart-6b7f9c8d4-kx2vq"));

        PlanStep delete = proposal.plan().getFirst();
        assertThat(delete.description())
                .isEqualTo("delete pod shop/cart-6b7f9c8d4-kx2vq (phase Running, on node "
                        + "node-a); its ReplicaSet cart-6b7f9c8d4 creates a replacement");
        assertThat(delete.patch()).isNull();
        assertThat(proposal.requiresApproval()).isTrue();
    }

    @Test
    void cordoningANodeSetsUnschedulableAndAlwaysNeedsApproval() {
        Proposal proposal = Proposals.proposer(cluster).propose(request("cordon-node", null, "Node", "node-b"));

        assertThat(proposal.status()).as(proposal.reason()).isEqualTo("PROPOSED");
        assertThat(proposal.policy()).isEqualTo("nodes");
        assertThat(proposal.requiresApproval()).isTrue();
        assertThat(proposal.risk()).isEqualTo("high");
        assertThat(proposal.plan().getFirst().changes())
                .containsExactly(new Change("spec.unschedulable", "false", "true"));
        assertThat(json(proposal.plan().getFirst().patch())).isEqualTo("{\"spec\":{\"unschedulable\":true}}");
    }

    @Test
    void aLowRiskRunbookInASandboxNeedsNoApproval() {
        Proposal proposal =
                Proposals.proposer(cluster).propose(request("restart-deployment", "dev-alice", "Deployment", "toy"));

        assertThat(proposal.policy()).isEqualTo("sandbox");
        assertThat(proposal.requiresApproval()).isFalse();
    }

    @Test
    void productionNeedsApprovalForAnyRunbook() {
        Proposal proposal = Proposals.proposer(cluster)
                .propose(request("restart-deployment", "payments", "Deployment", "payment-api"));

        assertThat(proposal.status()).isEqualTo("PROPOSED");
        assertThat(proposal.policy()).isEqualTo("read-only-production");
        assertThat(proposal.requiresApproval()).isTrue();
    }

    @Test
    void theProposalIdIsStableAndBindsTheEffectiveParameters() {
        Proposer proposer = Proposals.proposer(cluster);
        String byDefault = proposer.propose(request("raise-memory-limit", "shop", "Deployment", "cart"))
                .proposalId();
        String explicit = proposer.propose(request(
                        "raise-memory-limit",
                        "shop",
                        "Deployment",
                        "cart",
                        Map.of("memory_limit", "384Mi", "timeout", "10m")))
                .proposalId();
        String other = proposer.propose(
                        request("raise-memory-limit", "shop", "Deployment", "cart", Map.of("memory_limit", "448Mi")))
                .proposalId();

        assertThat(byDefault).matches("rp-[0-9a-f]{32}").isEqualTo(explicit).isNotEqualTo(other);
    }
}
