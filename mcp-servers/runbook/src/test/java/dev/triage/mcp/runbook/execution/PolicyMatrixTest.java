package dev.triage.mcp.runbook.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import dev.triage.mcp.runbook.ledger.ExecutionRecord;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.mcp.runbook.ledger.TestLedger;
import dev.triage.mcp.runbook.proposal.Proposal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** policies.yaml through execute: allowed on its own, allowed with approval, forbidden. */
class PolicyMatrixTest {

    @RegisterExtension
    EmbeddedClusterExtension cluster = EmbeddedClusterExtension.of("remediation");

    private final RunbookLedger ledger = TestLedger.ledger();
    private Runs runs;

    @BeforeEach
    void setUp() {
        TestLedger.clear();
        runs = new Runs(cluster, ledger);
    }

    @Test
    void aLowRiskRunbookInASandboxRunsWithoutApproval() {
        Proposal proposal = runs.propose("restart-deployment", "dev-alice", "Deployment", "toy", Map.of());

        assertThat(proposal.requiresApproval()).isFalse();
        var outcome = (ExecutionOutcome.Executed) runs.executor().execute(proposal.proposalId(), null, "bob");
        assertThat(outcome.execution().status()).isEqualTo("SUCCEEDED");
        assertThat(outcome.execution().approvalId()).isNull();
        assertThat(cluster.client()
                        .apps()
                        .deployments()
                        .inNamespace("dev-alice")
                        .withName("toy")
                        .get()
                        .getSpec()
                        .getTemplate()
                        .getMetadata()
                        .getAnnotations())
                .containsKey("kubectl.kubernetes.io/restartedAt");
    }

    @Test
    void aDeniedProposalDoesNotRunEvenWherePolicyNeedsNoApproval() {
        Proposal proposal = runs.propose("restart-deployment", "dev-alice", "Deployment", "toy", Map.of());
        ledger.approvals().deny(proposal.proposalId(), "alice", "the team is debugging it");

        assertThat(runs.executor().execute(proposal.proposalId(), null, "bob"))
                .isEqualTo(new ExecutionOutcome.Refused(
                        "APPROVAL_DENIED", "proposal " + proposal.proposalId() + " was denied"));
    }

    @Test
    void aMediumRiskRunbookInASandboxNeedsApproval() {
        Proposal proposal =
                runs.propose("raise-memory-limit", "dev-alice", "Deployment", "toy", Map.of("memory_limit", "512Mi"));

        assertThat(proposal.requiresApproval()).isTrue();
        assertThat(runs.executor().execute(proposal.proposalId(), null, "bob"))
                .isInstanceOf(ExecutionOutcome.Refused.class);
        var outcome = (ExecutionOutcome.Executed)
                runs.executor().execute(proposal.proposalId(), runs.approve(proposal), "bob");
        assertThat(outcome.execution().steps())
                .extracting(ExecutionRecord.Step::status)
                .containsOnly("DONE", "UNVERIFIED");
        // toy had no resources at all: the whole resources object is added, the container otherwise untouched.
        assertThat(runs.container("dev-alice", "toy")
                        .getResources()
                        .getLimits()
                        .get("memory")
                        .toString())
                .isEqualTo("512Mi");
        assertThat(runs.container("dev-alice", "toy").getImage()).isEqualTo("ecr.example/dev/toy:0.1.0");
    }

    @Test
    void productionNeedsApprovalEvenForALowRiskRunbook() {
        Proposal proposal = runs.propose("restart-deployment", "payments", "Deployment", "payment-api", Map.of());

        assertThat(proposal.requiresApproval()).isTrue();
        assertThat(runs.executor().execute(proposal.proposalId(), null, "bob"))
                .isEqualTo(new ExecutionOutcome.Refused(
                        "APPROVAL_MISSING",
                        "proposal " + proposal.proposalId() + " needs a human's approval and none was given"));
        assertThat(runs.executor().execute(proposal.proposalId(), runs.approve(proposal), "bob"))
                .isInstanceOf(ExecutionOutcome.Executed.class);
    }

    @Test
    void aForbiddenRunbookIsNeverProposedSoNeverRecorded() {
        Proposal proposal = runs.propose("restart-deployment", "kube-system", "Deployment", "coredns", Map.of());

        assertThat(proposal.status()).isEqualTo(Proposal.REFUSED);
        assertThat(ledger.pending(10)).isEmpty();
    }
}
