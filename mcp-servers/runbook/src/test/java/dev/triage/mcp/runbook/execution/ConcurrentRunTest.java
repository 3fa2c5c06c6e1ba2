package dev.triage.mcp.runbook.execution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.kubernetes.testing.EmbeddedClusterExtension;
import dev.triage.mcp.runbook.ledger.RunbookLedger;
import dev.triage.mcp.runbook.ledger.TestLedger;
import dev.triage.mcp.runbook.proposal.Proposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One approval presented by several callers at once runs the proposal exactly once. */
class ConcurrentRunTest {

    private static final int CALLERS = 4;

    @RegisterExtension
    EmbeddedClusterExtension cluster = EmbeddedClusterExtension.of("remediation");

    private final RunbookLedger ledger = TestLedger.ledger();

    @Test
    void oneApprovalRunsOnceWhateverTheRace() throws Exception {
        TestLedger.clear();
        Runs runs = new Runs(cluster, ledger);
        Proposal proposal = runs.propose("restart-deployment", "shop", "Deployment", "cart", Map.of());
        String approval = runs.approve(proposal);
        Executor executor = runs.executor();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ExecutionOutcome>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(CALLERS)) {
            for (int i = 0; i < CALLERS; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return executor.execute(proposal.proposalId(), approval, "bob");
                }));
            }
            start.countDown();
        }

        List<ExecutionOutcome> results = new ArrayList<>();
        for (Future<ExecutionOutcome> outcome : outcomes) {
            results.add(outcome.get());
        }
        assertThat(results)
                .filteredOn(ExecutionOutcome.Executed.class::isInstance)
                .hasSize(1);
        assertThat(results)
                .filteredOn(ExecutionOutcome.Refused.class::isInstance)
                .extracting(outcome -> ((ExecutionOutcome.Refused) outcome).kind())
                .containsOnly("APPROVAL_USED")
                .hasSize(CALLERS - 1);
        assertThat(TestLedger.jdbc()
                        .sql("select count(*) from runbook.executions")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }
}
