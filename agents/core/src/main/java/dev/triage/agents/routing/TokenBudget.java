package dev.triage.agents.routing;

import java.util.concurrent.atomic.AtomicLong;

/** Tokens left for one investigation. Thread-safe: sub-agents run in parallel and charge the same budget. */
public final class TokenBudget {

    private final long limit;
    private final AtomicLong used = new AtomicLong();

    private TokenBudget(long limit) {
        this.limit = limit;
    }

    /** A budget of {@code limit} tokens (input and output together). */
    public static TokenBudget of(long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("token budget must be >= 0, was " + limit);
        }
        return new TokenBudget(limit);
    }

    public long limit() {
        return limit;
    }

    public long used() {
        return used.get();
    }

    public long remaining() {
        return Math.max(0, limit - used.get());
    }

    public boolean exhausted() {
        return remaining() == 0;
    }

    /** Charges what a call actually used. */
    public void record(int inputTokens, int outputTokens) {
        if (inputTokens < 0 || outputTokens < 0) {
            throw new IllegalArgumentException("token counts must be >= 0: " + inputTokens + ", " + outputTokens);
        }
        used.addAndGet((long) inputTokens + outputTokens);
    }

    @Override
    public String toString() {
        return "TokenBudget[used=" + used.get() + ", limit=" + limit + "]";
    }
}
