package dev.triage.mcp.runbook.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import dev.triage.mcp.runbook.ledger.AuditAction;
import dev.triage.mcp.runbook.ledger.AuditEntry;
import dev.triage.mcp.runbook.ledger.ExecutionRecord;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.mcp.runbook.ledger.TestLedger;
import dev.triage.mcp.runbook.proposal.Proposal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An approved run on the demo snapshot really changes the embedded cluster, and the trail shows every step. */
class ApprovedRunTest {

    @RegisterExtension
    EmbeddedClusterExtension cluster = EmbeddedClusterExtension.ofDirectory(BundledSnapshots.demo());

    private final RunbookLedger ledger = TestLedger.ledger();
    private Runs runs;

    @BeforeEach
    void setUp() {
        TestLedger.clear();
        runs = new Runs(cluster, ledger);
    }

    @Test
    void anApprovedRaiseMemoryLimitChangesTheDeploymentAndKeepsTheRestOfTheContainer() {
        String image = runs.container("shop", "cart").getImage();
        Proposal proposal = runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of());
        String approval = runs.approve(proposal);

        ExecutionOutcome outcome = runs.executor().execute(proposal.proposalId(), approval, "bob");

        ExecutionRecord execution = ((ExecutionOutcome.Executed) outcome).execution();
        assertThat(execution.status()).isEqualTo("SUCCEEDED");
        assertThat(execution.approvalId()).isEqualTo(approval);
        assertThat(execution.steps()).extracting(ExecutionRecord.Step::status).containsExactly("DONE", "UNVERIFIED");
        assertThat(execution.executedBy()).isEqualTo("bob");
        var container = runs.container("shop", "cart");
        assertThat(container.getResources().getLimits().get("memory").toString())
                .isEqualTo("384Mi");
        assertThat(container.getImage()).isEqualTo(image);
        assertThat(ledger.proposal(proposal.proposalId()).orElseThrow().status())
                .isEqualTo("EXECUTED");
    }

    /**
     * The embedded cluster runs no controllers: a rollout check there saw nothing, and says so rather than VERIFIED.
     */
    @Test
    void aRolloutCheckThatObservedNothingIsUnverifiedNotVerified() {
        Proposal proposal = runs.propose("restart-deployment", "shop", "Deployment", "cart", Map.of());

        var execution = ((ExecutionOutcome.Executed)
                        runs.executor().execute(proposal.proposalId(), runs.approve(proposal), "bob"))
                .execution();

        assertThat(execution.steps())
                .filteredOn(step -> step.action().equals("wait-for-rollout"))
                .singleElement()
                .satisfies(step -> assertThat(step.status()).isEqualTo("UNVERIFIED"));
        assertThat(execution.steps()).extracting(ExecutionRecord.Step::status).doesNotContain("VERIFIED");
    }

    @Test
    void theAuditTrailListsTheProposalTheApprovalAndEachStep() {
        Proposal proposal = runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of());
        String approval = runs.approve(proposal);
        runs.executor().execute(proposal.proposalId(), approval, "bob");

        var trail = ledger.auditTrail(proposal.proposalId());

        assertThat(trail)
                .extracting(AuditEntry::action)
                .containsExactly(
                        AuditAction.PROPOSED,
                        AuditAction.APPROVED,
                        AuditAction.EXECUTION_STARTED,
                        AuditAction.STEP_STARTED,
                        AuditAction.STEP_DONE,
                        AuditAction.STEP_STARTED,
                        AuditAction.UNVERIFIED);
        assertThat(trail.get(1).actor()).isEqualTo("alice");
        assertThat(trail.get(2).actor())
                .as("the person who ran it, not the server")
                .isEqualTo("bob");
        assertThat(trail.get(4).detail().at("/detail/patch").toString()).contains("384Mi");
        assertThat(trail.get(6).detail().at("/detail/note").asString()).contains("not verified", "no controllers");
        assertThat(trail.toString()).doesNotContain(approval);
    }
}
