package dev.triage.mcp.runbook.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proposals listed by where their decision stands, and executions newest first, each narrowed by filters. */
class ListingTest {

    private static final Duration TTL = Duration.ofMinutes(15);

    private final RunbookLedger ledger = TestLedger.ledger();
    private final ApprovalLedger approvals = ledger.approvals();

    @BeforeEach
    void oneProposalInEachStatus() {
        TestLedger.clear();
        for (String id : List.of("rp-pending", "rp-approved", "rp-denied", "rp-revoked", "rp-used", "rp-expired")) {
            TestLedger.propose(id, id.equals("rp-pending") ? "inv-2" : "inv-1");
        }
        grant("rp-approved");
        approvals.deny("rp-denied", "bob", "not in prod");
        grant("rp-revoked");
        approvals.revoke("rp-revoked", "carol", "changed my mind");
        approvals.consume(grant("rp-used"), "rp-used");
        TestLedger.expire(grant("rp-expired"));
    }

    @Test
    void eachStatusListsExactlyTheProposalsInIt() {
        // A revoked or expired approval leaves its proposal awaiting a decision again.
        assertThat(ids(ApprovalStatus.PENDING)).containsExactly("rp-pending", "rp-revoked", "rp-expired");
        assertThat(ids(ApprovalStatus.APPROVED)).containsExactly("rp-approved");
        assertThat(ids(ApprovalStatus.DENIED)).containsExactly("rp-denied");
        assertThat(ids(ApprovalStatus.REVOKED)).containsExactly("rp-revoked");
        assertThat(ids(ApprovalStatus.USED)).containsExactly("rp-used");
        assertThat(ids(ApprovalStatus.EXPIRED)).containsExactly("rp-expired");
    }

    @Test
    void aDecisionIsListedWithWhoAndWhyButNotWithAUsableApprovalId() {
        ApprovalRecord revoked =
                approvals.list(ApprovalStatus.REVOKED, Optional.empty(), 10).getFirst();

        assertThat(revoked.status()).isEqualTo(ApprovalStatus.REVOKED);
        assertThat(revoked.proposal().investigationId()).isEqualTo("inv-1");
        assertThat(revoked.decision().decidedBy()).isEqualTo("alice");
        assertThat(revoked.decision().revokedBy()).isEqualTo("carol");
        assertThat(revoked.decision().revokeReason()).isEqualTo("changed my mind");
        assertThat(revoked.decision().approval()).hasSize(8);
        assertThat(approvals.list(ApprovalStatus.PENDING, Optional.empty(), 10))
                .allSatisfy(pending -> assertThat(pending.decision()).isNull());
    }

    @Test
    void listingsNarrowToOneInvestigationAndStopAtTheLimit() {
        assertThat(approvals.list(ApprovalStatus.PENDING, Optional.of("inv-2"), 10))
                .extracting(r -> r.proposal().proposalId())
                .containsExactly("rp-pending");
        assertThat(approvals.list(ApprovalStatus.PENDING, Optional.of("inv-none"), 10))
                .isEmpty();
        assertThat(approvals.list(ApprovalStatus.PENDING, Optional.empty(), 1)).hasSize(1);
    }

    @Test
    void executionsAreListedNewestFirstWithWhoAskedAndFilter() {
        ExecutionLedger executions = ledger.executions();
        String first = executions.start("rp-used", null, "bob");
        executions.finish(first, "rp-used", true);
        String second = executions.start("rp-pending", null, "dave");

        assertThat(executions.list(filter(Optional.empty(), Optional.empty())))
                .extracting(ExecutionSummary::executionId, ExecutionSummary::executedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(second, "dave"),
                        org.assertj.core.groups.Tuple.tuple(first, "bob"));
        assertThat(executions.list(filter(Optional.of("SUCCEEDED"), Optional.empty())))
                .extracting(ExecutionSummary::executionId)
                .containsExactly(first);
        assertThat(executions.list(filter(Optional.empty(), Optional.of("inv-2"))))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.proposalId()).isEqualTo("rp-pending");
                    assertThat(e.runbook()).isEqualTo("restart-deployment");
                    assertThat(e.status()).isEqualTo("RUNNING");
                });
        assertThat(ledger.auditTrail("rp-pending"))
                .filteredOn(entry -> entry.action() == AuditAction.EXECUTION_STARTED)
                .extracting(AuditEntry::actor)
                .containsExactly("dave");
    }

    private List<String> ids(ApprovalStatus status) {
        return approvals.list(status, Optional.empty(), 10).stream()
                .map(r -> r.proposal().proposalId())
                .toList();
    }

    private String grant(String proposalId) {
        return ((Decision.Granted) approvals.approve(proposalId, "alice", "ok", TTL)).approvalId();
    }

    private static ExecutionFilter filter(Optional<String> status, Optional<String> investigation) {
        return new ExecutionFilter(status, Optional.empty(), investigation, Optional.empty(), 10);
    }
}
