package dev.triage.orchestrator.api;

import dev.triage.orchestrator.config.InvestigationsProperties;
import dev.triage.orchestrator.investigation.Investigations;
import dev.triage.orchestrator.store.ProgressEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams an investigation's progress as server-sent events: first what the store already holds (a late subscriber
 * misses nothing), then each step as it is recorded, ending after report-ready. The store is the source, so a
 * stream on one replica follows an investigation running on another.
 */
@Component
class EventStreams implements AutoCloseable {

    // How soon a stream notices progress recorded by another replica (this one's wakes it at once).
    private static final Duration POLL = Duration.ofSeconds(1);

    private final Investigations investigations;
    private final Duration timeout;
    private final ExecutorService followers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("sse-", 1).factory());

    EventStreams(Investigations investigations, InvestigationsProperties properties) {
        this.investigations = investigations;
        this.timeout = properties.streamTimeout();
    }

    /** Events after {@code afterSeq} (0 for all) of investigation {@code id}, which exists. */
    SseEmitter open(String id, int afterSeq) {
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        AtomicBoolean open = new AtomicBoolean(true);
        emitter.onCompletion(() -> open.set(false));
        emitter.onError(error -> open.set(false));
        emitter.onTimeout(emitter::complete);
        followers.execute(() -> follow(id, afterSeq, emitter, open));
        return emitter;
    }

    private void follow(String id, int afterSeq, SseEmitter emitter, AtomicBoolean open) {
        int after = afterSeq;
        try {
            while (open.get()) {
                long seen = investigations.progressVersion();
                List<ProgressEvent> batch = investigations.eventsAfter(id, after);
                for (ProgressEvent event : batch) {
                    send(emitter, event);
                    after = event.seq();
                    if (event.isLast()) {
                        emitter.complete();
                        return;
                    }
                }
                if (batch.isEmpty()) {
                    investigations.awaitProgress(seen, POLL);
                }
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away or the stream timed out: nothing left to tell.
            emitter.completeWithError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            emitter.complete();
        }
    }

    private static void send(SseEmitter emitter, ProgressEvent event) throws IOException {
        emitter.send(SseEmitter.event()
                .id(Integer.toString(event.seq()))
                .name(event.type().wireName())
                .data(event.payload(), MediaType.APPLICATION_JSON));
    }

    @Override
    public void close() {
        followers.shutdownNow();
    }
}
