package dev.triage.mcp.runbook.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The rules of revoking: an approval that could still run (granted, unused, unexpired) can be revoked by anyone who
 * may decide, the approver or another, with a reason; the trail names both; the proposal awaits a decision again.
 * Nothing else can be revoked, and each refusal says why.
 */
class RevokeTest {

    private static final Duration TTL = Duration.ofMinutes(15);

    private final RunbookLedger ledger = TestLedger.ledger();
    private final ApprovalLedger approvals = ledger.approvals();

    @BeforeEach
    void empty() {
        TestLedger.clear();
        TestLedger.propose("rp-1", "inv-1");
    }

    @Test
    void anUnusedApprovalIsRevokedAndCanNoLongerRun() {
        String approval = grant("alice");

        Decision revoked = approvals.revoke("rp-1", "alice", "wrong maintenance window");

        assertThat(revoked).isInstanceOfSatisfying(Decision.Revoked.class, r -> {
            assertThat(r.approvedBy()).isEqualTo("alice");
            assertThat(r.revokedAt()).isNotNull();
        });
        assertThat(approvals.consume(approval, "rp-1"))
                .isInstanceOfSatisfying(ApprovalCheck.Rejected.class, r -> assertThat(r.problem())
                        .isEqualTo(ApprovalCheck.Problem.REVOKED));
    }

    @Test
    void anotherApproverMayRevokeAndTheTrailNamesBoth() {
        grant("alice");

        assertThat(approvals.revoke("rp-1", "bob", "alice approved the wrong cluster"))
                .isInstanceOf(Decision.Revoked.class);

        AuditEntry entry = ledger.auditTrail("rp-1").getLast();
        assertThat(entry.action()).isEqualTo(AuditAction.REVOKED);
        assertThat(entry.actor()).isEqualTo("bob");
        assertThat(entry.detail().at("/approvedBy").asString()).isEqualTo("alice");
        assertThat(entry.detail().at("/reason").asString()).isEqualTo("alice approved the wrong cluster");
    }

    @Test
    void aRevokedProposalAwaitsADecisionAgainAndCanBeApprovedAnew() {
        grant("alice");
        approvals.revoke("rp-1", "alice", "not yet");

        assertThat(ledger.pending(10)).extracting(ProposalRecord::proposalId).containsExactly("rp-1");
        assertThat(approvals.approve("rp-1", "alice", "now", TTL)).isInstanceOf(Decision.Granted.class);
    }

    @Test
    void aUsedApprovalCannotBeRevoked() {
        String approval = grant("alice");
        approvals.consume(approval, "rp-1");

        assertThat(approvals.revoke("rp-1", "bob", "too late"))
                .isInstanceOfSatisfying(Decision.NothingToRevoke.class, n -> assertThat(n.state())
                        .contains("used"));
    }

    @Test
    void nothingElseCanBeRevokedAndEachRefusalSaysWhy() {
        assertThat(approvals.revoke("rp-none", "bob", "x")).isEqualTo(new Decision.UnknownProposal("rp-none"));
        assertNothing(approvals.revoke("rp-1", "bob", "x"), "not approved");

        String approval = grant("alice");
        TestLedger.expire(approval);
        assertNothing(approvals.revoke("rp-1", "bob", "x"), "has expired");

        grant("alice");
        approvals.revoke("rp-1", "bob", "x");
        assertNothing(approvals.revoke("rp-1", "bob", "again"), "already revoked");

        approvals.deny("rp-1", "carol", "never");
        assertNothing(approvals.revoke("rp-1", "bob", "x"), "denied");
    }

    @Test
    void aValidApprovalMustBeRevokedBeforeTheProposalCanBeDenied() {
        grant("alice");

        assertThat(approvals.deny("rp-1", "bob", "no"))
                .isInstanceOfSatisfying(Decision.AlreadyDecided.class, d -> assertThat(d.state())
                        .contains("revoke it first"));
        approvals.revoke("rp-1", "bob", "no");
        assertThat(approvals.deny("rp-1", "bob", "no")).isInstanceOf(Decision.Denied.class);
    }

    /** A revoke and a run racing for one approval: exactly one of them wins. */
    @RepeatedTest(5)
    void aRevokeAndARunNeverBothWin() throws Exception {
        TestLedger.clear();
        TestLedger.propose("rp-1", "inv-1");
        String approval = grant("alice");
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> wins = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            wins.add(pool.submit(() -> {
                start.await();
                return approvals.consume(approval, "rp-1") instanceof ApprovalCheck.Consumed;
            }));
            wins.add(pool.submit(() -> {
                start.await();
                return approvals.revoke("rp-1", "bob", "race") instanceof Decision.Revoked;
            }));
            start.countDown();
        }

        assertThat(wins.get(0).get() ^ wins.get(1).get()).isTrue();
    }

    private String grant(String by) {
        return ((Decision.Granted) approvals.approve("rp-1", by, "ok", TTL)).approvalId();
    }

    private static void assertNothing(Decision decision, String why) {
        assertThat(decision).isInstanceOfSatisfying(Decision.NothingToRevoke.class, n -> {
            assertThat(n.proposalId()).isEqualTo("rp-1");
            assertThat(n.state()).contains(why);
        });
    }
}
