package dev.triage.mcp.runbook.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import dev.triage.mcp.runbook.ledger.ApprovalCheck;
import dev.triage.mcp.runbook.ledger.AuditAction;
import dev.triage.mcp.runbook.ledger.AuditEntry;
import dev.triage.mcp.runbook.ledger.Decision;
import dev.triage.mcp.runbook.ledger.ProposalRecord;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.mcp.runbook.ledger.TestLedger;
import dev.triage.mcp.runbook.proposal.Proposal;
import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.Quantity;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every way an approval can be wrong, each refused before anything changes, on the remediation fixture (shop is
 * staging: approval always; dev-alice a sandbox; kube-system forbidden).
 */
class RefusedRunTest {

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
    void withoutAnApprovalNothingRuns() {
        Proposal proposal = runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of());

        assertRefused(
                executor.execute(proposal.proposalId(), null, "bob"), "APPROVAL_MISSING", "needs a human's approval");
        assertUnchanged();
        assertThat(ledger.auditTrail(proposal.proposalId()))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.PROPOSED, AuditAction.EXECUTION_REFUSED);
    }

    @Test
    void anApprovalRunsOnceOnly() {
        Proposal proposal = runs.propose("restart-deployment", "shop", "Deployment", "cart", Map.of());
        String approval = runs.approve(proposal);

        assertThat(executor.execute(proposal.proposalId(), approval, "bob"))
                .isInstanceOf(ExecutionOutcome.Executed.class);
        assertRefused(executor.execute(proposal.proposalId(), approval, "bob"), "APPROVAL_USED", "already used");
    }

    @Test
    void aForgedApprovalIsRefused() {
        Proposal proposal = runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of());

        assertRefused(
                executor.execute(proposal.proposalId(), UUID.randomUUID().toString(), "bob"),
                "APPROVAL_UNKNOWN",
                "only a human's approval");
        assertRefused(
                executor.execute(proposal.proposalId(), "approved-by-the-sre-team", "bob"),
                "APPROVAL_UNKNOWN",
                "no approval");
        assertUnchanged();
    }

    @Test
    void anExpiredApprovalIsRefused() {
        Proposal proposal = runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of());
        String approval = runs.approve(proposal);
        TestLedger.expire(approval);

        assertRefused(executor.execute(proposal.proposalId(), approval, "bob"), "APPROVAL_EXPIRED", "has expired");
        assertUnchanged();
    }

    @Test
    void aDeniedProposalIsRefused() {
        Proposal proposal = runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of());
        var denial = (Decision.Denied) ledger.approvals().deny(proposal.proposalId(), "alice", "leak, not load");

        assertRefused(
                executor.execute(proposal.proposalId(), denial.approvalId(), "bob"), "APPROVAL_DENIED", "was denied");
        assertUnchanged();
    }

    @Test
    void anApprovalForOtherParametersIsRefused() {
        Proposal approved = runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of());
        Proposal bigger =
                runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of("memory_limit", "2Gi"));
        String approval = runs.approve(approved);

        assertThat(bigger.proposalId()).isNotEqualTo(approved.proposalId());
        assertRefused(
                executor.execute(bigger.proposalId(), approval, "bob"),
                "APPROVAL_OTHER_PROPOSAL",
                approved.proposalId());
        assertUnchanged();
    }

    @Test
    void aForbiddenNamespaceIsRefusedEvenWithAnApproval() {
        // A proposal that reached the ledger by some other way (an older policy, a hand-written row).
        ledger.recordProposal(
                new ProposalRecord(
                        "rp-kube-system",
                        "restart-deployment",
                        new ResourceRef("Deployment", "kube-system", "coredns"),
                        Map.of("timeout", "5m"),
                        JsonMapper.builder().build().readTree("[]"),
                        "low",
                        true,
                        "PROPOSED",
                        null,
                        null,
                        null),
                "test");
        var granted =
                (Decision.Granted) ledger.approvals().approve("rp-kube-system", "alice", null, Duration.ofMinutes(5));

        assertRefused(
                executor.execute("rp-kube-system", granted.approvalId(), "bob"),
                "FORBIDDEN_BY_POLICY",
                "policy kube-system-forbidden");
        assertThat(cluster.client()
                        .apps()
                        .deployments()
                        .inNamespace("kube-system")
                        .withName("coredns")
                        .get()
                        .getSpec()
                        .getTemplate()
                        .getMetadata()
                        .getAnnotations())
                .doesNotContainKey("kubectl.kubernetes.io/restartedAt");
    }

    @Test
    void aProposalNobodyMadeIsRefused() {
        assertRefused(
                executor.execute("rp-made-up", UUID.randomUUID().toString(), "bob"), "UNKNOWN_PROPOSAL", "rp-made-up");
    }

    @Test
    void aProposalTheClusterOutgrewIsRefusedEvenWithAnApproval() {
        Proposal proposal = runs.propose("raise-memory-limit", "shop", "Deployment", "cart", Map.of());
        String approval = runs.approve(proposal);
        cluster.client()
                .apps()
                .deployments()
                .inNamespace("shop")
                .withName("cart")
                .edit(deployment -> {
                    deployment
                            .getSpec()
                            .getTemplate()
                            .getSpec()
                            .getContainers()
                            .getFirst()
                            .getResources()
                            .getLimits()
                            .put("memory", new Quantity("512Mi"));
                    return deployment;
                });

        assertRefused(executor.execute(proposal.proposalId(), approval, "bob"), "INVALID_PARAMETER", "only raises it");
        assertThat(ledger.approvals().consume(approval, proposal.proposalId()))
                .as("a refused run leaves the approval unused")
                .isInstanceOf(ApprovalCheck.Consumed.class);
    }

    private void assertUnchanged() {
        assertThat(runs.container("shop", "cart")
                        .getResources()
                        .getLimits()
                        .get("memory")
                        .toString())
                .isEqualTo("256Mi");
    }

    private static void assertRefused(ExecutionOutcome outcome, String kind, String reason) {
        assertThat(outcome).isInstanceOf(ExecutionOutcome.Refused.class);
        var refused = (ExecutionOutcome.Refused) outcome;
        assertThat(refused.kind()).isEqualTo(kind);
        assertThat(refused.reason()).contains(reason);
    }
}
