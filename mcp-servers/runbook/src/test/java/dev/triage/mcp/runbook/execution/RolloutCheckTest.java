package dev.triage.mcp.runbook.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import dev.triage.mcp.runbook.ledger.ExecutionRecord;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.mcp.runbook.ledger.TestLedger;
import dev.triage.mcp.runbook.proposal.Proposal;
import dev.triage.mcp.runbook.proposal.Proposer;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.api.model.apps.DeploymentStatusBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a cluster with controllers, wait-for-rollout and verify-condition read the object's status; here the status a
 * controller would write is set by hand, as the Deployment controller would after the restart.
 */
class RolloutCheckTest {

    @RegisterExtension
    EmbeddedClusterExtension cluster = EmbeddedClusterExtension.of("remediation");

    private final RunbookLedger ledger = TestLedger.ledger();

    @Test
    void aRestartIsVerifiedByTheRolloutAndTheAvailableCondition() {
        TestLedger.clear();
        rolledOut("shop", "cart");
        Runs runs = new Runs(cluster, ledger);
        Proposal proposal = runs.propose("restart-deployment", "shop", "Deployment", "cart", Map.of("timeout", "1m"));
        Executor executor = new Executor(
                new Proposer(
                        Runs.LIBRARY.catalog(),
                        Runs.LIBRARY.policies(),
                        cluster.client(),
                        cluster.cluster().clock()),
                ledger,
                new StepRunner(Runs.LIBRARY.catalog(), cluster.client(), false));

        var outcome =
                (ExecutionOutcome.Executed) executor.execute(proposal.proposalId(), runs.approve(proposal), "bob");

        assertThat(outcome.execution().steps())
                .extracting(ExecutionRecord.Step::status)
                .containsExactly("DONE", "VERIFIED", "VERIFIED");
        assertThat(outcome.execution().steps().get(1).detail().at("/observed").asString())
                .contains("rolled out");
        assertThat(outcome.execution().steps().get(2).detail().at("/observed").asString())
                .contains("Available=True");
    }

    private void rolledOut(String namespace, String name) {
        var deployments = cluster.client().apps().deployments().inNamespace(namespace);
        var deployment = deployments.withName(name).get();
        deployment.setStatus(new DeploymentStatusBuilder()
                .withObservedGeneration(1000L)
                .withReplicas(2)
                .withUpdatedReplicas(2)
                .withReadyReplicas(2)
                .withAvailableReplicas(2)
                .withConditions(List.of(new DeploymentCondition(
                        null, null, "all replicas available", "MinimumReplicasAvailable", "True", "Available")))
                .build());
        deployments.resource(deployment).updateStatus();
    }
}
