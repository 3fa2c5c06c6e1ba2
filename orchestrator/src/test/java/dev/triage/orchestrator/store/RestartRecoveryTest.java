package dev.triage.orchestrator.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.routing.RequestSource;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.RouteStep;
import dev.triage.orchestrator.TriageApplication;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two runs of the service on one external PostgreSQL (the standard spring.datasource.* properties): what the first
 * left RUNNING on its last allowed attempt when it stopped, once its lease has run out, the second marks FAILED
 * before it takes requests (earlier attempts are run again: RunnerLeaseTest).
 */
class RestartRecoveryTest {

    @Test
    void investigationLeftRunningOnItsLastAttemptIsFailedWithANoteAtTheNextStart() throws Exception {
        String id = UUID.randomUUID().toString();
        try (EmbeddedPostgresServer database = EmbeddedPostgresServer.start()) {
            try (ConfigurableApplicationContext first = start(database)) {
                InvestigationStore store = first.getBean(InvestigationStore.class);
                store.create(running(id), new RequestRow(RequestSource.API, null, null, null, null));
                store.append(id, EventType.AGENT_STARTED, new RouteStep("diagnostic", "question mentions pods"));
                // The process running its third attempt stopped without a word: no heartbeat for longer than the lease.
                first.getBean(JdbcClient.class)
                        .sql("""
                                update investigations set status = 'RUNNING', runner_id = :runner, attempts = 3,
                                    heartbeat_at = now() - interval '1 hour'
                                where id = :id
                                """)
                        .param("runner", UUID.randomUUID())
                        .param("id", UUID.fromString(id))
                        .update();
            }

            try (ConfigurableApplicationContext second = start(database)) {
                InvestigationStore store = second.getBean(InvestigationStore.class);
                InvestigationReport report = store.report(id).orElseThrow();

                assertThat(report.status()).isEqualTo(InvestigationStatus.FAILED);
                assertThat(report.notes())
                        .anySatisfy(note -> assertThat(note).contains("service stopped during each of"));
                assertThat(report.finishedAt()).isNotNull();
                List<ProgressEvent> events = store.eventsAfter(id, 0, 100);
                assertThat(events)
                        .extracting(ProgressEvent::type)
                        .containsExactly(EventType.AGENT_STARTED, EventType.REPORT_READY);
                assertThat(second.getBeanFactory().containsSingleton(DatabaseConfiguration.EMBEDDED))
                        .isFalse();
            }
        }
    }

    // Configured MCP servers that are never called: no embedded stack, so the two starts stay quick.
    private static ConfigurableApplicationContext start(EmbeddedPostgresServer database) {
        return new SpringApplicationBuilder(TriageApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + database.jdbcUrl(),
                        "--spring.datasource.username=" + EmbeddedPostgresServer.USER,
                        "--triage.agents.servers.eks=http://127.0.0.1:9/mcp",
                        "--triage.agents.cluster=test-cluster");
    }

    // Of a cluster this service does not run, so no runner here claims it while the test sets it up.
    private static InvestigationReport running(String id) {
        return InvestigationReport.started(
                id, "diagnose unhealthy pods", "elsewhere", null, Instant.parse("2026-11-21T09:42:00Z"));
    }
}
