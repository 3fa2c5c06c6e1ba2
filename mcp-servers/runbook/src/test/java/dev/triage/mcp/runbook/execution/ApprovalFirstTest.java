package dev.triage.mcp.runbook.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import dev.triage.mcp.runbook.ledger.AuditAction;
import dev.triage.mcp.runbook.ledger.AuditEntry;
import dev.triage.mcp.runbook.ledger.Decision;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.mcp.runbook.ledger.TestLedger;
import dev.triage.mcp.runbook.proposal.Proposal;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The approval is checked before the proposal is made again against the live object: a used, revoked or foreign
 * approval is refused as such, whatever the cluster looks like now (after a raise, the limit is no longer raisable).
 */
class ApprovalFirstTest {

    @RegisterExtension
    EmbeddedClusterExtension cluster = EmbeddedClusterExtension.of("remediation");

    private final RunbookLedger ledger = TestLedger.ledger();
    private Runs runs;
    private Executor executor;

    @BeforeEach
    void setUp() {
        TestLedger.clear();
        runs = new Runs(cluster, ledger);
        executor = runs.executor();
    }

    @Test
    void aUsedApprovalOfARaisedLimitIsRefusedAsUsedNotAsAlreadyRaised() {
        Proposal proposal = runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of());
        String approval = runs.approve(proposal);
        assertThat(executor.execute(proposal.proposalId(), approval, "bob"))
                .isInstanceOf(ExecutionOutcome.Executed.class);

        ExecutionOutcome again = executor.execute(proposal.proposalId(), approval, "bob");

        assertThat(again).isInstanceOfSatisfying(ExecutionOutcome.Refused.class, refused -> {
            assertThat(refused.kind()).isEqualTo("APPROVAL_USED");
            assertThat(refused.reason()).contains("already used").doesNotContain("384Mi");
        });
    }

    @Test
    void aRevokedApprovalRunsNothing() {
        Proposal proposal = runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of());
        String approval = runs.approve(proposal);
        assertThat(ledger.approvals().revoke(proposal.proposalId(), "carol", "wrong window"))
                .isInstanceOf(Decision.Revoked.class);

        ExecutionOutcome outcome = executor.execute(proposal.proposalId(), approval, "bob");

        assertThat(outcome)
                .isEqualTo(new ExecutionOutcome.Refused(
                        "APPROVAL_REVOKED", "approval " + approval + " was revoked; ask for a new one"));
        assertThat(runs.container("shop", "cart").getResources().getLimits().get("memory"))
                .hasToString("256Mi");
    }

    @Test
    void theSameChangeProposedByTwoInvestigationsIsTwoProposalsWithTheirOwnApprovals() {
        Proposal first = runs.propose("restart-deployment", "shop", "Deployment", "cart", Map.of(), "inv-a");
        Proposal second = runs.propose("restart-deployment", "shop", "Deployment", "cart", Map.of(), "inv-b");
        String approvalOfFirst = runs.approve(first);

        assertThat(first.proposalId()).isNotEqualTo(second.proposalId());
        assertThat(first.investigationId()).isEqualTo("inv-a");
        assertThat(ledger.proposal(second.proposalId()).orElseThrow().investigationId())
                .isEqualTo("inv-b");
        assertThat(executor.execute(second.proposalId(), approvalOfFirst, "bob"))
                .isInstanceOfSatisfying(ExecutionOutcome.Refused.class, refused -> assertThat(refused.kind())
                        .isEqualTo("APPROVAL_OTHER_PROPOSAL"));
        assertThat(executor.execute(first.proposalId(), approvalOfFirst, "bob"))
                .as("re-proposed with its own investigation, the first proposal has not drifted")
                .isInstanceOf(ExecutionOutcome.Executed.class);
    }

    @Test
    void aRefusedRunIsAuditedAsThePersonWhoAsked() {
        Proposal proposal = runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of());

        executor.execute(proposal.proposalId(), null, "dave");

        assertThat(ledger.auditTrail(proposal.proposalId()))
                .filteredOn(entry -> entry.action() == AuditAction.EXECUTION_REFUSED)
                .extracting(AuditEntry::actor)
                .containsExactly("dave");
    }
}
