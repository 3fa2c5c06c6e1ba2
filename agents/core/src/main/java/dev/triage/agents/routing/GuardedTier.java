package dev.triage.agents.routing;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.output.TokenUsage;
import dev.triage.agents.observation.InvestigationObserver;
import dev.triage.agents.observation.ModelAttempt;
import dev.triage.model.ModelCall;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * One model tier behind its guards: each attempt runs under a time limit and the tier's circuit breaker, transient
 * failures are retried, and every attempt, failed or not, is recorded and told to the observer as it starts and ends.
 */
final class GuardedTier {

    /** What the tier did with one call: the answer, or {@code null} when every attempt failed. */
    record Result(ChatResponse response, List<ModelCall> attempts) {
        boolean answered() {
            return response != null;
        }

        String lastOutcome() {
            return attempts.getLast().outcome();
        }
    }

    private final Tier tier;
    private final String modelId;
    private final ChatModel model;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final TimeLimiter limiter;

    GuardedTier(Tier tier, String modelId, ChatModel model, Limits limits, CircuitBreakerSettings breakerSettings) {
        this.tier = tier;
        this.modelId = modelId;
        this.model = model;
        this.breaker = CircuitBreaker.of(tier.wireName(), breakerConfig(breakerSettings));
        this.retry = Retry.of(tier.wireName(), retryConfig(limits));
        this.limiter = TimeLimiter.of(TimeLimiterConfig.custom()
                .timeoutDuration(limits.timeout())
                .cancelRunningFuture(true)
                .build());
    }

    /** How long one attempt may take, how often to retry, and how long to wait between. */
    record Limits(Duration timeout, int maxRetries, Duration backoff) {}

    Result call(ChatRequest request, Role role, String reason, InvestigationObserver observer) {
        List<ModelCall> attempts = new ArrayList<>();
        try {
            ChatResponse response = Retry.decorateCallable(
                            retry, () -> attempt(request, role, reason, attempts, observer))
                    .call();
            return new Result(response, List.copyOf(attempts));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Result(null, List.copyOf(attempts));
        } catch (Exception recorded) {
            return new Result(null, List.copyOf(attempts));
        }
    }

    /** A call the router did not make (the budget ran out), recorded so the report says why. */
    ModelCall skipped(Role role, String reason, String outcome) {
        return new ModelCall(role.wireName(), tier.wireName(), modelId, reason, 0, 0, 0, outcome);
    }

    private ChatResponse attempt(
            ChatRequest request, Role role, String reason, List<ModelCall> attempts, InvestigationObserver observer)
            throws Exception {
        String why = attempts.isEmpty()
                ? reason
                : "retry after " + attempts.getLast().outcome();
        ModelAttempt attempt = new ModelAttempt(role.wireName(), tier.wireName(), modelId, why, request);
        observer.modelStarted(attempt);
        long start = System.nanoTime();
        try {
            ChatResponse response = breaker.executeCallable(() -> limiter.executeFutureSupplier(() -> start(request)));
            ModelCall call = record(role, why, start, response.tokenUsage(), Outcomes.OK);
            attempts.add(call);
            observer.modelFinished(attempt, call, response);
            return response;
        } catch (Exception failure) {
            ModelCall call = record(role, why, start, null, Outcomes.of(failure));
            attempts.add(call);
            observer.modelFailed(attempt, call);
            throw failure;
        }
    }

    /** Runs the blocking call on its own virtual thread so the time limiter can interrupt it. */
    private Future<ChatResponse> start(ChatRequest request) {
        FutureTask<ChatResponse> task = new FutureTask<>(() -> model.chat(request));
        Thread.ofVirtual().name("model-" + tier.wireName()).start(task);
        return task;
    }

    private ModelCall record(Role role, String reason, long startNanos, TokenUsage usage, String outcome) {
        long latencyMs = Duration.ofNanos(System.nanoTime() - startNanos).toMillis();
        return new ModelCall(
                role.wireName(),
                tier.wireName(),
                modelId,
                reason,
                tokens(usage, true),
                tokens(usage, false),
                latencyMs,
                outcome);
    }

    private static int tokens(TokenUsage usage, boolean input) {
        Integer count = usage == null ? null : input ? usage.inputTokenCount() : usage.outputTokenCount();
        return count == null ? 0 : count;
    }

    private static CircuitBreakerConfig breakerConfig(CircuitBreakerSettings settings) {
        return CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRatePercent())
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumCalls())
                .waitDurationInOpenState(settings.openDuration())
                .permittedNumberOfCallsInHalfOpenState(1)
                .recordException(Outcomes::tierFailure)
                .build();
    }

    private static RetryConfig retryConfig(Limits limits) {
        return RetryConfig.custom()
                .maxAttempts(limits.maxRetries() + 1)
                .waitDuration(limits.backoff())
                .retryOnException(Outcomes::retryable)
                .build();
    }
}
