package dev.triage.orchestrator.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.triage.mcp.hosting.tracing.TracingProperties;
import dev.triage.orchestrator.feedback.Feedback;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Feedback reaches a wire fake of LangFuse's public API as a score on the investigation's trace, retried on 5xx. */
class FeedbackScoresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Posted(String path, String authorization, JsonNode body) {}

    private final List<Posted> posted = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final HttpServer langfuse = start();

    @AfterEach
    void stop() {
        langfuse.stop(0);
    }

    @Test
    void aVerdictIsPostedAsAScoreOnTheTraceAfterAFailedAttempt() throws Exception {
        failuresLeft.set(1);
        String investigation = UUID.randomUUID().toString();
        try (TraceScores scores = TraceScores.from(properties(), Duration.ofMillis(50))) {
            new FeedbackScores(scores)
                    .recorded(new Feedback(
                            investigation, "slack:U0123", Feedback.Verdict.HELPFUL, "slack", Instant.now()));
            awaitPosts(2);
        }

        assertThat(posted).hasSize(2);
        Posted score = posted.getLast();
        assertThat(score.path()).isEqualTo("/api/public/scores");
        assertThat(score.authorization())
                .isEqualTo("Basic "
                        + Base64.getEncoder().encodeToString("pk-lf-1:sk-lf-1".getBytes(StandardCharsets.UTF_8)));
        assertThat(score.body().get("traceId").stringValue()).isEqualTo(investigation.replace("-", ""));
        assertThat(score.body().get("name").stringValue()).isEqualTo("user-feedback");
        assertThat(score.body().get("value").doubleValue()).isEqualTo(1.0);
        assertThat(score.body().get("comment").stringValue()).contains("helpful", "slack:U0123");
    }

    @Test
    void aScoreThatCannotBePostedIsGivenUpWithoutThrowing() throws Exception {
        failuresLeft.set(100);
        try (TraceScores scores = TraceScores.from(properties(), Duration.ofMillis(10))) {
            scores.post("0123456789abcdef0123456789abcdef", "grounded-claims", 0.5, "1 of 2 kept");
            awaitPosts(2);
        }

        // Retried (the client also retries 5xx by itself), then given up: only logged.
        assertThat(posted).hasSizeGreaterThanOrEqualTo(2).allSatisfy(post -> assertThat(
                        post.body().get("name").stringValue())
                .isEqualTo("grounded-claims"));
    }

    private TracingProperties properties() {
        URI base = URI.create("http://127.0.0.1:" + langfuse.getAddress().getPort());
        return new TracingProperties(new TracingProperties.Langfuse(base, "pk-lf-1", "sk-lf-1"), null);
    }

    private void awaitPosts(int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (posted.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }

    private HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/api/public/", this::handle);
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        posted.add(new Posted(
                exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), body));
        boolean fail = failuresLeft.getAndDecrement() > 0;
        byte[] answer =
                (fail ? "{\"message\":\"unavailable\"}" : "{\"id\":\"score-1\"}").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(fail ? 503 : 200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
