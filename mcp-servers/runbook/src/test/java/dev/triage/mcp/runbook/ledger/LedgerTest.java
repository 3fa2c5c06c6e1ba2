package dev.triage.mcp.runbook.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.triage.model.ResourceRef;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Decisions on proposals, in PostgreSQL: one per proposal, and an audit trail nobody can rewrite. */
class LedgerTest {

    private final RunbookLedger ledger = TestLedger.ledger();

    @BeforeEach
    void empty() {
        TestLedger.clear();
    }

    @Test
    void anApprovalIsGrantedOnceAndTheProposalLeavesThePendingList() {
        ledger.recordProposal(proposal("rp-1"), "test");
        assertThat(ledger.pending(10)).extracting(ProposalRecord::proposalId).containsExactly("rp-1");

        Decision first = ledger.approvals().approve("rp-1", "alice", "looks right", Duration.ofMinutes(15));
        Decision second = ledger.approvals().approve("rp-1", "bob", null, Duration.ofMinutes(15));

        assertThat(first).isInstanceOf(Decision.Granted.class);
        assertThat(second).isInstanceOf(Decision.AlreadyDecided.class);
        assertThat(ledger.pending(10)).isEmpty();
        assertThat(ledger.proposal("rp-1").orElseThrow().status()).isEqualTo("APPROVED");
    }

    @Test
    void aDeniedProposalCannotBeApprovedAfterwards() {
        ledger.recordProposal(proposal("rp-2"), "test");

        assertThat(ledger.approvals().deny("rp-2", "alice", "not now")).isInstanceOf(Decision.Denied.class);
        assertThat(ledger.approvals().approve("rp-2", "bob", null, Duration.ofMinutes(5)))
                .isEqualTo(new Decision.AlreadyDecided("rp-2", "denied"));
    }

    @Test
    void anExpiredUnusedApprovalCanBeRenewed() {
        ledger.recordProposal(proposal("rp-3"), "test");
        var granted = (Decision.Granted) ledger.approvals().approve("rp-3", "alice", null, Duration.ofMinutes(5));
        TestLedger.expire(granted.approvalId());

        assertThat(ledger.approvals().approve("rp-3", "alice", "again", Duration.ofMinutes(5)))
                .isInstanceOf(Decision.Granted.class);
    }

    @Test
    void anUnknownProposalCannotBeDecided() {
        assertThat(ledger.approvals().approve("rp-none", "alice", null, Duration.ofMinutes(5)))
                .isEqualTo(new Decision.UnknownProposal("rp-none"));
        assertThat(ledger.approvals().deny("rp-none", "alice", "no"))
                .isEqualTo(new Decision.UnknownProposal("rp-none"));
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        ledger.recordProposal(proposal("rp-4"), "test");

        assertThatThrownBy(() -> TestLedger.jdbc()
                        .sql("update runbook.audit set actor = 'mallory'")
                        .update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(
                        () -> TestLedger.jdbc().sql("delete from runbook.audit").update())
                .hasMessageContaining("append-only");
        assertThat(ledger.auditTrail("rp-4")).extracting(AuditEntry::actor).containsExactly("test");
    }

    @Test
    void anIncidentIsStoredAndAudited() {
        IncidentRecord incident = ledger.createIncident(
                "cart OOMKilled",
                "HIGH",
                "raised the limit",
                List.of("oom_killed/Deployment/shop/cart"),
                List.of("rp-5"),
                "alice");

        assertThat(incident.incidentId()).isNotBlank();
        assertThat(incident.createdAt()).isNotNull();
        assertThat(TestLedger.jdbc()
                        .sql("select count(*) from runbook.audit where action = 'INCIDENT_CREATED'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    private static ProposalRecord proposal(String id) {
        return new ProposalRecord(
                id,
                "restart-deployment",
                new ResourceRef("Deployment", "shop", "cart"),
                Map.of("timeout", "5m"),
                JsonMapper.builder().build().readTree("[]"),
                "low",
                true,
                "PROPOSED",
                null,
                null,
                null);
    }
}
