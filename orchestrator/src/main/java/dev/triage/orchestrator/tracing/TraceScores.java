package dev.triage.orchestrator.tracing;

import com.langfuse.client.LangfuseClient;
import com.langfuse.client.resources.commons.types.CreateScoreValue;
import com.langfuse.client.resources.score.types.CreateScoreRequest;
import dev.triage.mcp.hosting.tracing.TracingProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores on traces in LangFuse, through its public API (langfuse-java): posted off the caller's thread, retried a
 * few times with backoff, and only logged when they cannot be posted, so a score never fails an investigation or a
 * click. Without LangFuse configured, posts nothing.
 */
public final class TraceScores implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TraceScores.class);
    /** Ours; the client also retries a 5xx or 429 a couple of times within each. */
    private static final int ATTEMPTS = 3;

    private static final int TIMEOUT_SECONDS = 10;

    private final Optional<LangfuseClient> client;
    private final Duration backoff;
    private final ExecutorService posting = Executors.newVirtualThreadPerTaskExecutor();

    TraceScores(Optional<LangfuseClient> client, Duration backoff) {
        this.client = client;
        this.backoff = backoff;
    }

    static TraceScores from(TracingProperties properties, Duration backoff) {
        Optional<LangfuseClient> client = Optional.ofNullable(properties.langfuse())
                .filter(langfuse -> langfuse.baseUrl() != null)
                .map(langfuse -> LangfuseClient.builder()
                        .url(langfuse.base())
                        .credentials(langfuse.publicKey(), langfuse.secretKey())
                        .timeout(TIMEOUT_SECONDS)
                        .build());
        return new TraceScores(client, backoff);
    }

    /** Posts a numeric score named {@code name} on the trace {@code traceId}, in the background. */
    public void post(String traceId, String name, double value, String comment) {
        client.ifPresent(langfuse -> posting.execute(() -> send(
                langfuse,
                CreateScoreRequest.builder()
                        .name(name)
                        .value(CreateScoreValue.of(value))
                        .traceId(traceId)
                        .comment(comment)
                        .build())));
    }

    private void send(LangfuseClient langfuse, CreateScoreRequest score) {
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                langfuse.score().create(score);
                return;
            } catch (RuntimeException e) {
                if (attempt == ATTEMPTS || !pause(attempt)) {
                    log.warn(
                            "Score {} on trace {} not posted after {} attempts: {}",
                            score.getName(),
                            score.getTraceId().orElse("?"),
                            attempt,
                            e.getClass().getSimpleName());
                    return;
                }
            }
        }
    }

    private boolean pause(int attempt) {
        try {
            Thread.sleep(backoff.multipliedBy(1L << (attempt - 1)));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        posting.shutdown();
        try {
            posting.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
