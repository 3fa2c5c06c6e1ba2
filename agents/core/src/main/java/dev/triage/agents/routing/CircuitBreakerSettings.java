package dev.triage.agents.routing;

import java.time.Duration;

/**
 * One circuit breaker per model tier, counting attempts that failed with a 5xx, 429, timeout or connection error.
 *
 * <p>Each setting left out (0 or null, as configuration binds an absent key) takes its default: 50%, 10, 5, 30 s.
 *
 * @param failureRatePercent the failure rate over the window that opens the circuit (1-100)
 * @param slidingWindowSize how many recent attempts the rate is computed over
 * @param minimumCalls attempts needed before the rate is judged
 * @param openDuration how long an open circuit skips the tier before letting a probe through
 */
public record CircuitBreakerSettings(
        int failureRatePercent, int slidingWindowSize, int minimumCalls, Duration openDuration) {

    public CircuitBreakerSettings {
        failureRatePercent = failureRatePercent == 0 ? 50 : failureRatePercent;
        slidingWindowSize = slidingWindowSize == 0 ? 10 : slidingWindowSize;
        minimumCalls = minimumCalls == 0 ? 5 : minimumCalls;
        Checks.atLeast("circuit-breaker.failure-rate-percent", failureRatePercent, 1);
        if (failureRatePercent > 100) {
            throw new IllegalArgumentException(
                    "circuit-breaker.failure-rate-percent must be <= 100, was " + failureRatePercent);
        }
        Checks.atLeast("circuit-breaker.sliding-window-size", slidingWindowSize, 1);
        Checks.atLeast("circuit-breaker.minimum-calls", minimumCalls, 1);
        openDuration = Checks.positive("circuit-breaker.open-duration", openDuration, Duration.ofSeconds(30));
    }

    public static CircuitBreakerSettings defaults() {
        return new CircuitBreakerSettings(50, 10, 5, Duration.ofSeconds(30));
    }
}
