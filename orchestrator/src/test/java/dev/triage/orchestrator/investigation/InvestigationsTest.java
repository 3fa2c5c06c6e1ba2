package dev.triage.orchestrator.investigation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.InvestigationEvent;
import dev.triage.agents.InvestigationListener;
import dev.triage.agents.InvestigationRequest;
import dev.triage.agents.routing.RequestSource;
import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.model.ModelCall;
import dev.triage.model.ResourceRef;
import dev.triage.model.RouteStep;
import dev.triage.model.Severity;
import dev.triage.model.ToolCall;
import dev.triage.orchestrator.TriageApplication;
import dev.triage.orchestrator.store.EventType;
import dev.triage.orchestrator.store.HistoryQuery;
import dev.triage.orchestrator.store.InvestigationStore;
import dev.triage.orchestrator.store.InvestigationSummary;
import dev.triage.orchestrator.store.ProgressEvent;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Investigations with a scripted runner on the service's store: ordering, failures, back-pressure. */
@SpringBootTest(classes = TriageApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class InvestigationsTest {

    private static final Finding OOM = new Finding(
            Finding.idFor(Category.OOM_KILLED, new ResourceRef("Deployment", "shop", "cart")),
            "Deployment",
            "shop",
            "cart",
            null,
            Category.OOM_KILLED,
            "cart is OOMKilled",
            List.of(Evidence.status("status.containerStatuses[cart].lastState.terminated.reason", "OOMKilled")),
            Severity.HIGH,
            List.of("cart-1"),
            null);

    @Autowired
    InvestigationStore store;

    private final CountDownLatch release = new CountDownLatch(1);
    private Investigations investigations;

    @AfterEach
    void stop() {
        release.countDown();
        investigations.close();
    }

    @Test
    void progressIsStoredInTheOrderReportedAndReportReadyComesLast() throws Exception {
        investigations = investigations(1, (request, listener) -> {
            listener.on(new InvestigationEvent.AgentStarted("diagnostic", "question mentions cart"));
            listener.on(new InvestigationEvent.ToolCalled(new ToolCall("eks", "find_unhealthy", "{}", "ok", 3)));
            listener.on(new InvestigationEvent.FindingReported(OOM));
            listener.on(new InvestigationEvent.ModelCalled(
                    new ModelCall("diagnostic", "rules", "rules", "no model", 0, 0, 0, "ok")));
            InvestigationReport report = cartOom(request);
            listener.on(new InvestigationEvent.ReportReady(report));
            return report;
        });

        String id = Runs.started(investigations.enqueue(ask("why is cart crashing", null)));

        assertThat(Runs.awaitFinished(investigations, id).status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(store.eventsAfter(id, 0, 100))
                .extracting(ProgressEvent::type)
                .containsExactly(
                        EventType.AGENT_STARTED,
                        EventType.TOOL_CALLED,
                        EventType.FINDING,
                        EventType.MODEL_CALLED,
                        EventType.REPORT_READY);
    }

    @Test
    void runnerThatThrowsEndsFailedWithANoteInsteadOfRunningForever() throws Exception {
        investigations = investigations(1, (request, listener) -> {
            throw new IllegalStateException("boom");
        });

        String id = Runs.started(investigations.enqueue(ask("diagnose unhealthy pods", null)));

        InvestigationReport report = Runs.awaitFinished(investigations, id);
        assertThat(report.status()).isEqualTo(InvestigationStatus.FAILED);
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("IllegalStateException"));
        assertThat(store.eventsAfter(id, 0, 100).getLast().type()).isEqualTo(EventType.REPORT_READY);
    }

    @Test
    void runningReportShowsTheProgressSoFar() throws Exception {
        CountDownLatch reported = new CountDownLatch(1);
        investigations = investigations(1, (request, listener) -> {
            listener.on(new InvestigationEvent.AgentStarted("diagnostic", "question mentions cart"));
            listener.on(new InvestigationEvent.FindingReported(OOM));
            reported.countDown();
            Runs.await(release);
            return cartOom(request);
        });
        String id = Runs.started(investigations.enqueue(ask("why is cart crashing", "shop")));
        reported.await();

        InvestigationReport report = investigations.report(id).orElseThrow();

        assertThat(report.status()).isEqualTo(InvestigationStatus.RUNNING);
        assertThat(report.namespace()).isEqualTo("shop");
        assertThat(report.route()).containsExactly(new RouteStep("diagnostic", "question mentions cart"));
        assertThat(report.findings()).containsExactly(OOM);
    }

    @Test
    void busySystemQueuesTheNextInvestigationInsteadOfFailingIt() throws Exception {
        investigations = investigations(1, (request, listener) -> {
            Runs.await(release);
            return cartOom(request);
        });
        String first = Runs.started(investigations.enqueue(ask("first, running", null)));
        String second = Runs.started(investigations.enqueue(ask("second, queued", null)));

        assertThat(investigations.report(second).orElseThrow().status()).isEqualTo(InvestigationStatus.QUEUED);
        assertThat(investigations.recent(new HistoryQuery(InvestigationStatus.QUEUED, "API", 10)))
                .extracting(InvestigationSummary::id)
                .contains(second);
        release.countDown();

        assertThat(Runs.awaitFinished(investigations, second).status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(Runs.awaitFinished(investigations, first).status()).isEqualTo(InvestigationStatus.COMPLETED);
    }

    @Test
    void finishedInvestigationIsAnnouncedWithItsChannelAndReplyTarget() throws Exception {
        BlockingQueue<InvestigationFinished> heard = new LinkedBlockingQueue<>();
        investigations = new Investigations(
                store,
                (request, listener) -> cartOom(request),
                new Investigations.Settings("test-cluster", 1, Duration.ofSeconds(60), 3),
                Clock.systemUTC(),
                heard::add);
        IntakeRequest alert = new IntakeRequest(
                RequestSource.WEBHOOK,
                null,
                "shop",
                "cart is down",
                Severity.CRITICAL,
                "runbook says: password=hunter2",
                "fp-1",
                "https://hooks.example/reply/1");

        String id = Runs.started(new Intake(investigations, Duration.ofMinutes(30)).submit(alert));

        InvestigationFinished finished = heard.poll(30, TimeUnit.SECONDS);
        assertThat(finished).isNotNull();
        assertThat(finished.id()).isEqualTo(id);
        assertThat(finished.source()).isEqualTo(RequestSource.WEBHOOK);
        assertThat(finished.replyTarget()).isEqualTo("https://hooks.example/reply/1");
        assertThat(finished.fingerprint()).isEqualTo("fp-1");
        assertThat(finished.report().status()).isEqualTo(InvestigationStatus.COMPLETED);
        assertThat(store.request(id).orElseThrow().alertText())
                .doesNotContain("hunter2")
                .contains("password=");
    }

    @Test
    void theRunnerGetsTheAlertsKeyAsSessionAndWhoAskedFromTheStoredRow() throws Exception {
        BlockingQueue<InvestigationRequest> ran = new LinkedBlockingQueue<>();
        investigations = investigations(1, (request, listener) -> {
            ran.add(request);
            return cartOom(request);
        });
        IntakeRequest firing = new IntakeRequest(
                        RequestSource.ALERTMANAGER,
                        null,
                        "shop",
                        "KubePodCrashLooping",
                        Severity.HIGH,
                        null,
                        "alertmanager:3f2a@2026-12-03T10:00:00Z",
                        null)
                .withRequester("oncall@example.com");
        IntakeRequest question = ask("diagnose unhealthy pods", null);

        Runs.awaitFinished(investigations, Runs.started(investigations.enqueue(firing)));
        Runs.awaitFinished(investigations, Runs.started(investigations.enqueue(question)));

        InvestigationRequest alert = ran.poll(30, TimeUnit.SECONDS);
        assertThat(alert.session()).isEqualTo("alertmanager:3f2a");
        assertThat(alert.requester()).isEqualTo("oncall@example.com");
        InvestigationRequest asked = ran.poll(30, TimeUnit.SECONDS);
        assertThat(asked.session()).isNull();
        assertThat(asked.requester()).isNull();
    }

    @Test
    void clusterThisServiceDoesNotServeIsRefused() {
        investigations = investigations(1, (request, listener) -> cartOom(request));

        IntakeOutcome outcome = investigations.enqueue(
                IntakeRequest.question(RequestSource.API, "diagnose unhealthy pods", "prod-eu", null));

        assertThat(outcome).isEqualTo(new IntakeOutcome.UnknownCluster("prod-eu", Set.of("test-cluster")));
    }

    @Test
    void eventsReportedAfterTheFinalReportAreDropped() throws Exception {
        AtomicReference<InvestigationListener> late = new AtomicReference<>();
        investigations = investigations(1, (request, listener) -> {
            late.set(listener);
            return cartOom(request);
        });
        String id = Runs.started(investigations.enqueue(ask("diagnose unhealthy pods", null)));
        Runs.awaitFinished(investigations, id);

        late.get().on(new InvestigationEvent.FindingReported(OOM));

        assertThat(store.eventsAfter(id, 0, 100))
                .extracting(ProgressEvent::type)
                .containsExactly(EventType.REPORT_READY);
    }

    private Investigations investigations(int concurrency, InvestigationRunner runner) {
        return new Investigations(
                store,
                runner,
                new Investigations.Settings("test-cluster", concurrency, Duration.ofSeconds(60), 3),
                Clock.systemUTC());
    }

    private static IntakeRequest ask(String question, String namespace) {
        return IntakeRequest.question(RequestSource.API, question, null, namespace);
    }

    private static InvestigationReport cartOom(InvestigationRequest request) {
        return Runs.completed(
                request, List.of(new RouteStep("diagnostic", "scripted")), List.of(OOM), "cart is OOMKilled");
    }
}
