package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Turns a cluster's state into findings: lists each kind once, runs every analyzer over the in-memory state, and
 * reads only the few container logs it quotes. No model is involved; the same state always gives the same findings.
 */
public final class Diagnoser {

    private final KubernetesClient client;
    private final Clock clock;

    /** @param clock what "now" is: a snapshot's capture time, or the system clock for a live cluster */
    public Diagnoser(KubernetesClient client, Clock clock) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Runs every analyzer over one namespace, or all namespaces when namespace is null. */
    public Diagnosis diagnose(String namespace) {
        long start = System.nanoTime();
        ApiCalls calls = new ApiCalls();
        ClusterState state = new ClusterReader(client, calls).read(namespace);
        var findings = Analyzers.run(state, clock, new ClusterLogs(client, calls));
        return new Diagnosis(findings, state.size(), calls.count(), Duration.ofNanos(System.nanoTime() - start));
    }
}
