package dev.triage.mcp.runbook.ledger;

import dev.triage.model.ResourceRef;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One embedded PostgreSQL for the tests of this JVM, with the ledger on it; {@link #clear()} empties it between
 * tests (TRUNCATE, which the audit trail's append-only trigger does not cover, as it covers rows).
 */
public final class TestLedger {

    private static LedgerDatabase database;
    private static RunbookLedger ledger;

    private TestLedger() {}

    public static synchronized RunbookLedger ledger() {
        if (ledger == null) {
            database = LedgerDatabase.embedded();
            ledger = RunbookLedger.open(database.dataSource());
            Runtime.getRuntime().addShutdownHook(new Thread(TestLedger::close));
        }
        return ledger;
    }

    public static JdbcClient jdbc() {
        ledger();
        return JdbcClient.create(database.dataSource());
    }

    public static void clear() {
        jdbc().sql("""
                        truncate runbook.audit, runbook.execution_steps, runbook.executions, runbook.approvals,
                            runbook.incidents, runbook.proposals
                        """).update();
    }

    /** Moves an approval's expiry into the past, as time would. */
    public static void expire(String approvalId) {
        jdbc().sql("update runbook.approvals set expires_at = now() - interval '1 second' where approval_id = ?")
                .param(UUID.fromString(approvalId))
                .update();
    }

    /** Records a PROPOSED restart of shop/cart that needs approval, under {@code proposalId}. */
    public static void propose(String proposalId, String investigationId) {
        ledger().recordProposal(
                        new ProposalRecord(
                                proposalId,
                                "restart-deployment",
                                new ResourceRef("Deployment", "shop", "cart"),
                                Map.of("timeout", "5m"),
                                JsonMapper.builder().build().readTree("[]"),
                                "low",
                                true,
                                "PROPOSED",
                                null,
                                null,
                                investigationId),
                        "test");
    }

    private static void close() {
        try {
            database.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
