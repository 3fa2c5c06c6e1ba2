package dev.triage.mcp.eks.diagnosis;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the Kubernetes API calls one diagnosis makes: the cost the design keeps linear. */
final class ApiCalls {

    private final AtomicInteger count = new AtomicInteger();

    void add() {
        count.incrementAndGet();
    }

    int count() {
        return count.get();
    }
}
