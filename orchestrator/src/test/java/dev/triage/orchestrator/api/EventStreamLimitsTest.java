package dev.triage.orchestrator.api;

import static dev.triage.orchestrator.api.ServiceClient.INVESTIGATIONS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triage.agents.InvestigationEvent;
import dev.triage.model.InvestigationReport;
import dev.triage.model.InvestigationStatus;
import dev.triage.orchestrator.TriageApplication;
import dev.triage.orchestrator.investigation.InvestigationRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Progress streams end: on a finished investigation right after the replay, for a client beyond its quota at once
 * (429), and when the service stops before the web server drains, so shutdown does not wait on them.
 */
class EventStreamLimitsTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final HttpClient http = HttpClient.newHttpClient();
    private ConfigurableApplicationContext service;

    // Starts, reports one step, then holds until the test releases it.
    private final InvestigationRunner held = (request, listener) -> {
        listener.on(new InvestigationEvent.AgentStarted("diagnostic", "scripted"));
        awaitRelease();
        return new InvestigationReport(
                request.id(),
                InvestigationStatus.COMPLETED,
                request.question(),
                request.cluster(),
                request.namespace(),
                null,
                null,
                null,
                null,
                "nothing wrong",
                null,
                null,
                null,
                Instant.now(),
                Instant.now());
    };

    @AfterEach
    void stop() {
        release.countDown();
        if (service != null) {
            service.close();
        }
    }

    @Test
    void streamOfAFinishedInvestigationEndsAfterTheReplayWhateverTheLastEventIdSays() throws Exception {
        ServiceClient client = start(2);
        String id = client.start("diagnose");
        release.countDown();
        List<ServiceClient.SseEvent> all = client.events(id, null);
        String last = all.getLast().id();
        // Stopped and started again (as Spring's test context cache pauses contexts), streams still open.
        EventStreams streams = service.getBean(EventStreams.class);
        streams.stop();
        streams.start();

        assertThat(all.getLast().name()).isEqualTo("report-ready");
        assertThat(client.events(id, last)).isEmpty();
        assertThat(client.events(id, "9999")).isEmpty();
        assertThat(client.events(id, Integer.toString(Integer.parseInt(last) - 1)))
                .containsExactly(all.getLast());
    }

    @Test
    void clientBeyondItsStreamQuotaIsRefusedWith429UntilOneCloses() throws Exception {
        ServiceClient client = start(2);
        String id = client.start("diagnose");
        CompletableFuture<List<String>> first = follow(client, id);
        CompletableFuture<List<String>> second = follow(client, id);
        awaitStreams(2);

        HttpResponse<String> third = client.send(events(client, id));

        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        assertThat(client.json(third).get("detail").stringValue()).contains("already has 2 progress streams open");
        release.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS))
                .anySatisfy(line -> assertThat(line).contains("report-ready"));
        assertThat(second.get(60, TimeUnit.SECONDS))
                .anySatisfy(line -> assertThat(line).contains("report-ready"));
        awaitStreams(0);
        assertThat(client.events(id, null)).isNotEmpty();
    }

    @Test
    void stoppingTheServiceEndsOpenStreamsCleanlyBeforeTheDatabaseStops() throws Exception {
        ServiceClient client = start(2);
        String id = client.start("diagnose");
        CompletableFuture<List<String>> open = follow(client, id);
        awaitStreams(1);
        assertThat(service.getBeanFactory().getDependentBeans("embeddedPostgres"))
                .contains("dataSource");

        CompletableFuture<Void> closing = CompletableFuture.runAsync(service::close);
        // Ended by the server with a proper end of the chunked body: a cut connection would fail the read.
        List<String> lines = open.get(60, TimeUnit.SECONDS);
        release.countDown();
        closing.get(120, TimeUnit.SECONDS);

        assertThat(lines).anySatisfy(line -> assertThat(line).contains("agent-started"));
        assertThat(lines).noneSatisfy(line -> assertThat(line).contains("report-ready"));
        assertThat(service.isActive()).isFalse();
        service = null;
    }

    private ServiceClient start(int streamsPerClient) {
        service = new SpringApplicationBuilder(TriageApplication.class)
                .initializers(context -> ((GenericApplicationContext) context)
                        .registerBean(
                                "heldRunner",
                                InvestigationRunner.class,
                                () -> held,
                                definition -> definition.setPrimary(true)))
                .run(
                        "--server.port=0",
                        "--triage.agents.servers.eks=http://127.0.0.1:9/mcp",
                        "--triage.agents.cluster=test-cluster",
                        "--triage.investigations.max-streams-per-client=" + streamsPerClient);
        return new ServiceClient(
                ((WebServerApplicationContext) service).getWebServer().getPort());
    }

    private CompletableFuture<List<String>> follow(ServiceClient client, String id) {
        return http.sendAsync(events(client, id), BodyHandlers.ofLines())
                .thenApply(HttpResponse::body)
                .thenApply(Stream::toList);
    }

    private static HttpRequest events(ServiceClient client, String id) {
        return HttpRequest.newBuilder(client.uri(INVESTIGATIONS + "/" + id + "/events"))
                .header("Accept", "text/event-stream")
                .build();
    }

    /** Waits (boundedly) until the service holds {@code count} open streams. */
    private void awaitStreams(int count) throws InterruptedException {
        EventStreams streams = service.getBean(EventStreams.class);
        for (int poll = 0; poll < 600 && streams.openStreams() != count; poll++) {
            Thread.sleep(50);
        }
        assertThat(streams.openStreams()).isEqualTo(count);
    }

    private void awaitRelease() {
        try {
            release.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted"));
        }
    }
}
