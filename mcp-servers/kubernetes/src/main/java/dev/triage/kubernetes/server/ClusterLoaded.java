package dev.triage.kubernetes.server;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.ClusterConnections;
import org.springframework.context.SmartLifecycle;

/**
 * Waits for the snapshot's objects before anything that serves starts: its phase comes before the web server's, so
 * the port opens and the start-up is logged only once the cluster is loaded, and a snapshot that did not load fails
 * the start with why.
 */
final class ClusterLoaded implements SmartLifecycle {

    private final ClusterConnection connection;
    private volatile boolean running;

    ClusterLoaded(ClusterConnection connection) {
        this.connection = connection;
    }

    @Override
    public void start() {
        ClusterConnections.awaitLoaded(connection);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
