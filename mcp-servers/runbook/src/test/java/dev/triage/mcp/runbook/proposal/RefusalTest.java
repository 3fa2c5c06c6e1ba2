package dev.triage.mcp.runbook.proposal;

import static dev.triage.mcp.runbook.proposal.Proposals.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Everything a model (or text it read in a log or an alert) might try, refused with its reason; nothing changes. */
class RefusalTest {

    @RegisterExtension
    static EmbeddedClusterExtension cluster = EmbeddedClusterExtension.of(Proposals.FIXTURE);

    @Test
    void aRunbookNotInTheCatalogIsRefused() {
        assertRefused(
                request("restart-deployment; kubectl delete ns shop", "shop", "Deployment", "cart"),
                Refusal.UNKNOWN_RUNBOOK,
                "'restart-deployment; kubectl delete ns shop' is not in the runbook catalog");
    }

    @Test
    void aTargetInKubeSystemIsForbiddenByPolicy() {
        Proposal proposal = assertRefused(
                request("restart-deployment", "kube-system", "Deployment", "coredns"),
                Refusal.FORBIDDEN_BY_POLICY,
                "forbidden: restart-deployment on namespace kube-system " + "(policy kube-system-forbidden)");
        assertThat(proposal.policy()).isEqualTo("kube-system-forbidden");
        assertThat(proposal.proposalId()).isNull();
        assertThat(proposal.plan()).isEmpty();
    }

    @Test
    void cordoningAProductionNodeIsForbidden() {
        assertRefused(
                request("cordon-node", null, "Node", "node-prod"),
                Refusal.FORBIDDEN_BY_POLICY,
                "forbidden: cordon-node on node node-prod (policy read-only-production)");
    }

    @Test
    void anUnexpectedParameterIsRefused() {
        assertRefused(
                request("restart-deployment", "shop", "Deployment", "cart", Map.of("command", "rm -rf /")),
                Refusal.INVALID_PARAMETER,
                "runbook restart-deployment has no parameter 'command'; its parameters are " + "timeout");
    }

    @Test
    void shellMetacharactersInAStringParameterAreRefused() {
        assertRefused(
                request("raise-memory-limit", "shop", "Deployment", "cart", Map.of("container", "cart; reboot")),
                Refusal.INVALID_PARAMETER,
                "parameter 'container' of runbook raise-memory-limit must be a name");
    }

    @Test
    void commandSubstitutionInAQuantityIsRefused() {
        assertRefused(
                request("raise-memory-limit", "shop", "Deployment", "cart", Map.of("memory_limit", "$(reboot)")),
                Refusal.INVALID_PARAMETER,
                "must be a quantity such as 512Mi");
    }

    @Test
    void aPathInTheTargetNameIsRefused() {
        assertRefused(
                request("delete-pod", "shop", "Pod", "../../nodes/node-a"),
                Refusal.INVALID_TARGET,
                "'../../nodes/node-a' is not a Kubernetes object name");
    }

    @Test
    void aKindTheRunbookDoesNotActOnIsRefused() {
        assertRefused(
                request("scale-deployment", "shop", "StatefulSet", "redis", Map.of("replicas", 3)),
                Refusal.INVALID_TARGET,
                "runbook scale-deployment acts on [Deployment], not 'StatefulSet'");
    }

    @Test
    void aMissingTargetIsRefused() {
        assertRefused(
                request("restart-deployment", "shop", "Deployment", "ghost"),
                Refusal.TARGET_NOT_FOUND,
                "Deployment \"ghost\" not found in namespace shop");
        assertRefused(
                request("restart-deployment", "nowhere", "Deployment", "cart"),
                Refusal.TARGET_NOT_FOUND,
                "namespaces \"nowhere\" not found");
    }

    @Test
    void aRunbookForAnotherCategoryThanTheFindingIsRefused() {
        var request = new ProposalRequest(
                "raise-memory-limit", "shop", "Deployment", "cart", Map.of(), "image_pull/Deployment/shop/cart");

        assertRefused(
                request,
                Refusal.CATEGORY_MISMATCH,
                "runbook raise-memory-limit addresses [OOM_KILLED, RESOURCE_SATURATION], not IMAGE_PULL");
    }

    @Test
    void parametersOutOfBoundsOrMakingNoChangeAreRefused() {
        assertRefused(
                request("scale-deployment", "shop", "Deployment", "cart", Map.of("replicas", 500)),
                Refusal.INVALID_PARAMETER,
                "must be at most 50, got 500");
        assertRefused(
                request("scale-deployment", "shop", "Deployment", "cart", Map.of("replicas", 2)),
                Refusal.INVALID_PARAMETER,
                "Deployment/shop/cart already has 2 replicas");
        assertRefused(
                request("raise-memory-limit", "shop", "Deployment", "cart", Map.of("memory_limit", "128Mi")),
                Refusal.INVALID_PARAMETER,
                "is already 256Mi; this runbook only raises it");
        assertRefused(
                request("rollback-deployment", "shop", "Deployment", "recommendations", Map.of("revision", 9)),
                Refusal.INVALID_PARAMETER,
                "has no revision 9; its revisions are [7, 6, 5]");
    }

    @Test
    void aDerivedLimitAboveTheParameterBoundIsRefused() {
        assertRefused(
                request("raise-memory-limit", "shop", "StatefulSet", "redis"),
                Refusal.INVALID_PARAMETER,
                "the derived value of parameter 'memory_limit' of runbook raise-memory-limit must be at most 32Gi");
    }

    @Test
    void aPodWithoutAControllerIsNeverDeleted() {
        assertRefused(
                request("delete-pod", "shop", "Pod", "debug-shell"),
                Refusal.INVALID_TARGET,
                "Pod/shop/debug-shell has no controller");
    }

    @Test
    void aNodeAlreadyCordonedIsRefused() {
        assertRefused(request("cordon-node", null, "Node", "node-c"), Refusal.INVALID_TARGET, "is already cordoned");
    }

    @Test
    void aMultiContainerPodNeedsTheContainerNamed() {
        assertRefused(
                request("raise-memory-limit", "shop", "Deployment", "web"),
                Refusal.INVALID_PARAMETER,
                "Deployment/shop/web has containers [web, envoy]; say which with the container parameter");
    }

    @AfterAll
    static void nothingWasChanged() {
        Deployment cart = cluster.client()
                .apps()
                .deployments()
                .inNamespace("shop")
                .withName("cart")
                .get();
        assertThat(cart.getSpec().getReplicas()).isEqualTo(2);
        assertThat(cart.getSpec()
                        .getTemplate()
                        .getSpec()
                        .getContainers()
                        .getFirst()
                        .getResources()
                        .getLimits()
                        .get("memory")
                        .toString())
                .isEqualTo("256Mi");
        assertThat(cluster.client().nodes().withName("node-b").get().getSpec().getUnschedulable())
                .isNull();
    }

    private static Proposal assertRefused(ProposalRequest request, Refusal refusal, String reason) {
        Proposal proposal = Proposals.proposer(cluster).propose(request);
        assertThat(proposal.status()).as(proposal.reason()).isEqualTo("REFUSED");
        assertThat(proposal.refusal()).as(proposal.reason()).isEqualTo(refusal);
        assertThat(proposal.reason()).contains(reason);
        assertThat(proposal.requiresApproval()).isTrue();
        return proposal;
    }
}
