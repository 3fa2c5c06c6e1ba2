package dev.triage.orchestrator.api;

import dev.triage.orchestrator.config.InvestigationsProperties;
import dev.triage.orchestrator.investigation.Investigations;
import dev.triage.orchestrator.store.ProgressEvent;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Streams an investigation's progress as server-sent events: first what the store already holds (a late subscriber
 * misses nothing), then each step as it is recorded, ending after report-ready, or right after the replay when the
 * client has seen report-ready already. The store is the source, so a stream on one replica follows an investigation
 * running on another. Each client may hold a bounded number of streams; when the service stops, the open streams
 * are ended first, so the web server's graceful shutdown does not wait on them.
 */
@Component
class EventStreams implements SmartLifecycle {

    // How soon a stream notices progress recorded by another replica (this one's wakes it at once).
    private static final Duration POLL = Duration.ofSeconds(1);
    // A comment line this often on an idle stream: proxies keep it open, and a client that left is noticed.
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);

    private static final Duration FOLLOWERS_STOP = POLL.multipliedBy(5);
    private static final Logger LOG = LoggerFactory.getLogger(EventStreams.class);

    private final Investigations investigations;
    private final Duration timeout;
    private final StreamQuota quota;
    private final Set<SseEmitter> streams = ConcurrentHashMap.newKeySet();
    // Made anew at each start: a context may be stopped and started again (Spring's test context pausing does).
    private volatile ExecutorService followers;
    private volatile boolean running;

    EventStreams(Investigations investigations, InvestigationsProperties properties) {
        this.investigations = investigations;
        this.timeout = properties.streamTimeout();
        this.quota = new StreamQuota(properties.maxStreamsPerClient());
    }

    /** Events after {@code afterSeq} (0 for all) of investigation {@code id}, which exists, for {@code client}. */
    SseEmitter open(String id, int afterSeq, String client) {
        if (!running) {
            throw Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "the service is stopping; reconnect shortly");
        }
        if (!quota.tryAcquire(client)) {
            throw tooManyStreams();
        }
        SseEmitter emitter = new SseEmitter(timeout.toMillis());
        AtomicBoolean open = new AtomicBoolean(true);
        Runnable closed = () -> {
            if (open.getAndSet(false)) {
                streams.remove(emitter);
                quota.release(client);
            }
        };
        emitter.onCompletion(closed);
        emitter.onError(error -> closed.run());
        emitter.onTimeout(emitter::complete);
        streams.add(emitter);
        try {
            followers.execute(() -> new Follower(id, emitter, open, closed).follow(afterSeq));
        } catch (RejectedExecutionException e) {
            closed.run();
            throw Problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "the service is stopping; reconnect shortly");
        }
        return emitter;
    }

    /** One stream's loop: replay, then follow until report-ready, the client leaving, or the service stopping. */
    private final class Follower {

        private final String id;
        private final SseEmitter emitter;
        private final AtomicBoolean open;
        private final Runnable closed;
        private long lastSentNanos = System.nanoTime();

        Follower(String id, SseEmitter emitter, AtomicBoolean open, Runnable closed) {
            this.id = id;
            this.emitter = emitter;
            this.open = open;
            this.closed = closed;
        }

        // The stream's slot is free before the client sees the end, so a client that reconnects at once is not
        // refused for a stream it has already seen close.
        private void end() {
            closed.run();
            emitter.complete();
        }

        void follow(int afterSeq) {
            int after = afterSeq;
            try {
                while (open.get() && running) {
                    long seen = investigations.progressVersion();
                    List<ProgressEvent> batch = investigations.eventsAfter(id, after);
                    for (ProgressEvent event : batch) {
                        send(event);
                        after = event.seq();
                        if (event.isLast()) {
                            end();
                            return;
                        }
                    }
                    if (batch.isEmpty()) {
                        if (investigations.finishedAtOrBefore(id, after)) {
                            end();
                            return;
                        }
                        keepAlive();
                        investigations.awaitProgress(seen, POLL);
                    }
                }
                end();
            } catch (IOException | IllegalStateException e) {
                // The client went away or the stream timed out: nothing left to tell.
                emitter.completeWithError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                end();
            }
        }

        private void send(ProgressEvent event) throws IOException {
            emitter.send(SseEmitter.event()
                    .id(Integer.toString(event.seq()))
                    .name(event.type().wireName())
                    .data(event.payload(), MediaType.APPLICATION_JSON));
            lastSentNanos = System.nanoTime();
        }

        private void keepAlive() throws IOException {
            if (System.nanoTime() - lastSentNanos >= KEEP_ALIVE.toNanos()) {
                emitter.send(SseEmitter.event().comment("keep-alive"));
                lastSentNanos = System.nanoTime();
            }
        }
    }

    private ErrorResponseException tooManyStreams() {
        ErrorResponseException problem = Problems.problem(
                HttpStatus.TOO_MANY_REQUESTS,
                "this client already has " + quota.perClient() + " progress streams open; close one, or read the "
                        + "report with GET /api/v1/investigations/{id}");
        problem.getHeaders().set("Retry-After", "5");
        return problem;
    }

    /** Streams open now (all clients). */
    int openStreams() {
        return streams.size();
    }

    @Override
    public void start() {
        followers = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("sse-", 1).factory());
        running = true;
    }

    /**
     * Ends every open stream (clients see the stream end and may reconnect elsewhere with Last-Event-ID), and lets
     * the followers see it. They are not interrupted: an interrupt in the middle of a query would break its database
     * connection; each notices within one poll.
     */
    @Override
    public void stop() {
        running = false;
        streams.forEach(SseEmitter::complete);
        followers.shutdown();
        try {
            if (!followers.awaitTermination(FOLLOWERS_STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("Progress streams still following after {}s; leaving them", FOLLOWERS_STOP.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    // Stopped before the web server's graceful shutdown (a higher phase stops earlier), which would wait on them.
    @Override
    public int getPhase() {
        return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;
    }
}
