package dev.triage.kubernetes;

import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Clock;
import java.util.Objects;

/** A way into one cluster: a client, the clock to judge ages by, and the cluster's name. */
public record ClusterConnection(String clusterName, KubernetesClient client, Clock clock, AutoCloseable resources)
        implements AutoCloseable {

    public ClusterConnection {
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(resources, "resources");
    }

    /** Releases the client and whatever serves it; callers need not handle a checked exception for that. */
    @Override
    public void close() {
        try {
            resources.close();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("closing the connection to " + clusterName + " failed", e);
        }
    }
}
