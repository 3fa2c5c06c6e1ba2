package dev.triage.orchestrator.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.routing.RequestSource;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.RouteStep;
import dev.triage.orchestrator.TriageApplication;
import dev.triage.orchestrator.store.EventType;
import dev.triage.orchestrator.store.InvestigationStore;
import dev.triage.orchestrator.store.ProgressEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Replicas sharing one database, each an {@link Investigations} with its own runner: only investigations whose
 * runner stopped heartbeating for longer than the lease are recovered (run again, or failed after the last attempt),
 * never those of a live runner.
 */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RunnerLeaseTest {

    private static final Duration LONG_LEASE = Duration.ofSeconds(60);
    private static final Duration SHORT_LEASE = Duration.ofSeconds(3);

    @Autowired
    InvestigationStore store;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Investigations> replicas = new ArrayList<>();

    @AfterEach
    void stop() {
        release.countDown();
        replicas.forEach(Investigations::close);
    }

    @Test
    void runningInvestigationOfARunnerSilentForLongerThanTheLeaseIsRunAgainFromTheStart() throws Exception {
        String id = storedRunning(UUID.randomUUID());
        store.append(id, EventType.AGENT_STARTED, new RouteStep("diagnostic", "the interrupted attempt"));
        stale(id);

        Investigations replica = replica(LONG_LEASE);
        replica.recoverAbandoned();

        InvestigationReport report = Runs.awaitFinished(replica, id);
        assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(store.eventsAfter(id, 0, 100))
                .extracting(ProgressEvent::type)
                .containsExactly(EventType.REPORT_READY);
        assertThat(attempts(id)).isEqualTo(2);
    }

    @Test
    void investigationInterruptedAsManyTimesAsAllowedIsFailedSayingWhy() throws Exception {
        String id = storedRunning(UUID.randomUUID());
        jdbc.sql("update investigations set attempts = 3 where id = :id")
                .param("id", UUID.fromString(id))
                .update();
        stale(id);

        replica(LONG_LEASE).recoverAbandoned();

        InvestigationReport report = store.report(id).orElseThrow();
        assertThat(report.status()).isEqualTo(InvestigationStatus.FAILED);
        assertThat(report.notes())
                .anySatisfy(
                        note -> assertThat(note).contains("3 attempts").contains("triage.investigations.max-attempts"));
        assertThat(store.eventsAfter(id, 0, 100))
                .extracting(ProgressEvent::type)
                .containsExactly(EventType.REPORT_READY);
    }

    @Test
    void runningInvestigationOfALiveRunnerIsNotFailedAtStartUp() {
        String id = storedRunning(UUID.randomUUID());

        replica(LONG_LEASE).recoverAbandoned();

        assertThat(store.report(id).orElseThrow().status()).isEqualTo(InvestigationStatus.RUNNING);
        assertThat(store.eventsAfter(id, 0, 100)).isEmpty();
    }

    @Test
    void ownRunningInvestigationKeepsItsHeartbeatFreshAndCompletes() throws Exception {
        Investigations own = replica(SHORT_LEASE, (request, listener) -> {
            Runs.await(release);
            return Runs.completed(request, null, List.of(), "nothing unhealthy");
        });
        String id = Runs.started(
                own.enqueue(IntakeRequest.question(RequestSource.API, "diagnose unhealthy pods", null, null)));
        OffsetDateTime created = awaitClaimed(id);
        // Started once the row is claimed, so it is this process's own to run: the other can only sweep.
        Investigations other = replica(SHORT_LEASE);

        // Running for longer than a lease: without heartbeats, the other replica's sweep would fail it now.
        awaitHeartbeatAfter(id, created.plus(SHORT_LEASE));
        other.recoverAbandoned();
        release.countDown();

        assertThat(Runs.awaitFinished(own, id).status()).isEqualTo(InvestigationStatus.COMPLETED);
    }

    @Test
    void processNeverFailsItsOwnRunningInvestigationEvenWhenItsHeartbeatLags() throws Exception {
        Investigations own = replica(LONG_LEASE, (request, listener) -> {
            Runs.await(release);
            return Runs.completed(request, null, List.of(), "nothing unhealthy");
        });
        String id = Runs.started(
                own.enqueue(IntakeRequest.question(RequestSource.API, "diagnose unhealthy pods", null, null)));
        awaitClaimed(id);
        jdbc.sql("update investigations set heartbeat_at = now() - interval '10 minutes' where id = :id")
                .param("id", UUID.fromString(id))
                .update();

        own.recoverAbandoned();
        release.countDown();

        assertThat(Runs.awaitFinished(own, id).status()).isEqualTo(InvestigationStatus.COMPLETED);
    }

    @Test
    void periodicSweepRunsAgainTheInvestigationOfARunnerThatStoppedHeartbeating() throws Exception {
        Investigations live = replica(SHORT_LEASE);
        // Stored after the replica's start-up recovery, fresh: only the periodic sweep can recover it.
        String id = storedRunning(UUID.randomUUID());

        InvestigationReport report = Runs.awaitFinished(live, id);

        assertThat(report.status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(attempts(id)).isEqualTo(2);
    }

    private Investigations replica(Duration lease) {
        return replica(lease, (request, listener) -> Runs.completed(request, null, List.of(), "nothing unhealthy"));
    }

    private Investigations replica(Duration lease, InvestigationRunner runner) {
        Investigations replica = new Investigations(
                store, runner, new Investigations.Settings("test-cluster", 1, lease, 3), Clock.systemUTC());
        replicas.add(replica);
        return replica;
    }

    /**
     * An investigation stored RUNNING by {@code runner} on its first attempt, as another replica would after claiming
     * it; heartbeated now, never again. Written at once as RUNNING, so no runner here can claim it first.
     */
    private String storedRunning(UUID runner) {
        String id = UUID.randomUUID().toString();
        InvestigationRequest request = new InvestigationRequest(
                id, "diagnose unhealthy pods", "test-cluster", null, RequestSource.API, null, null);
        InvestigationReport running =
                Reports.withStatus(Reports.queued(request, Instant.now()), InvestigationStatus.RUNNING);
        jdbc.sql("""
                        insert into investigations (id, status, question, cluster, source, created_at, report, runner_id,
                            heartbeat_at, attempts)
                        values (:id, 'RUNNING', :question, 'test-cluster', 'API', now(), cast(:report as jsonb), :runner,
                            now(), 1)
                        """)
                .param("id", UUID.fromString(id))
                .param("question", request.question())
                .param("report", json.writeValueAsString(running))
                .param("runner", runner)
                .update();
        return id;
    }

    private void stale(String id) {
        jdbc.sql("update investigations set heartbeat_at = now() - interval '10 minutes' where id = :id")
                .param("id", UUID.fromString(id))
                .update();
    }

    private int attempts(String id) {
        return jdbc.sql("select attempts from investigations where id = :id")
                .param("id", UUID.fromString(id))
                .query(Integer.class)
                .single();
    }

    private OffsetDateTime heartbeat(String id) {
        return jdbc.sql("select heartbeat_at from investigations where id = :id")
                .param("id", UUID.fromString(id))
                .query(OffsetDateTime.class)
                .single();
    }

    /** The heartbeat a runner wrote when it claimed the queued investigation. */
    private OffsetDateTime awaitClaimed(String id) throws InterruptedException {
        for (int wait = 0; wait < 400; wait++) {
            Optional<OffsetDateTime> heartbeat = jdbc.sql(
                            "select heartbeat_at from investigations where id = :id and heartbeat_at is not null")
                    .param("id", UUID.fromString(id))
                    .query(OffsetDateTime.class)
                    .optional();
            if (heartbeat.isPresent()) {
                return heartbeat.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("investigation " + id + " was never claimed");
    }

    private void awaitHeartbeatAfter(String id, OffsetDateTime time) throws InterruptedException {
        for (int wait = 0; wait < 400; wait++) {
            if (heartbeat(id).isAfter(time)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("investigation " + id + " was not heartbeated after " + time);
    }
}
