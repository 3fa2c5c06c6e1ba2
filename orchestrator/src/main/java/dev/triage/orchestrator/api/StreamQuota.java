package dev.triage.orchestrator.api;

import java.util.HashMap;
import java.util.Map;

/**
 * How many progress streams each client holds open, and a cap on it: a stream costs a connection and a follower
 * for up to its timeout, so one client must not be able to open them without end. A client is the authenticated
 * principal when there is one, else the remote address.
 */
final class StreamQuota {

    private final int perClient;
    private final Map<String, Integer> open = new HashMap<>();

    StreamQuota(int perClient) {
        this.perClient = perClient;
    }

    int perClient() {
        return perClient;
    }

    /** Takes one stream for {@code client}; false, and nothing taken, when it already holds the maximum. */
    synchronized boolean tryAcquire(String client) {
        int held = held(client);
        if (held >= perClient) {
            return false;
        }
        open.put(client, held + 1);
        return true;
    }

    synchronized void release(String client) {
        int held = held(client);
        if (held <= 1) {
            open.remove(client);
        } else {
            open.put(client, held - 1);
        }
    }

    synchronized int held(String client) {
        return open.getOrDefault(client, 0);
    }
}
