package dev.triage.orchestrator.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.routing.RequestSource;
import dev.triage.model.InvestigationStatus;
import dev.triage.orchestrator.TriageApplication;
import dev.triage.orchestrator.investigation.Intake;
import dev.triage.orchestrator.investigation.IntakeOutcome;
import dev.triage.orchestrator.investigation.IntakeRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default keeps its history in triage.data-dir: a second start on the same directory still has it. */
class DataDirRestartTest {

    @TempDir
    Path dataDir;

    @Test
    void historyOfTheEmbeddedDatabaseSurvivesARestartOnTheSameDataDir() throws Exception {
        String id;
        try (ConfigurableApplicationContext first = start()) {
            IntakeOutcome outcome = first.getBean(Intake.class)
                    .submit(IntakeRequest.question(RequestSource.API, "diagnose unhealthy pods", null, null));
            id = ((IntakeOutcome.Accepted) outcome).id();
            awaitEnded(first.getBean(InvestigationStore.class), id);
        }
        assertThat(Files.isDirectory(dataDir.resolve(EmbeddedPostgresServer.DATA)))
                .isTrue();

        try (ConfigurableApplicationContext second = start()) {
            InvestigationStore store = second.getBean(InvestigationStore.class);

            assertThat(store.report(id)).isPresent();
            assertThat(store.recent(new HistoryQuery(null, "API", 10)))
                    .extracting(InvestigationSummary::id)
                    .contains(id);
        }
    }

    // The MCP servers are configured and never reached: no embedded stack, the runs end FAILED at once.
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TriageApplication.class)
                .run(
                        "--server.port=0",
                        "--triage.data-dir=" + dataDir,
                        "--triage.agents.servers.eks=http://127.0.0.1:9/mcp",
                        "--triage.agents.cluster=test-cluster");
    }

    private static void awaitEnded(InvestigationStore store, String id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            InvestigationStatus status = store.report(id).orElseThrow().status();
            if (status == InvestigationStatus.COMPLETED || status == InvestigationStatus.FAILED) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("investigation " + id + " did not end");
    }
}
