package dev.triage.kubernetes.testing;

import dev.triage.kubernetes.ClusterConnection;
import dev.triage.kubernetes.snapshot.EmbeddedCluster;
import dev.triage.kubernetes.snapshot.SnapshotLoader;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts an {@link EmbeddedCluster} from a snapshot for a test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static EmbeddedClusterExtension cluster = EmbeddedClusterExtension.of("small");
 * }</pre>
 *
 * A static field shares one cluster across the class's tests; an instance field gives each test a fresh one (use it
 * when tests change the cluster).
 */
public final class EmbeddedClusterExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Supplier<Path> snapshot;
    private EmbeddedCluster cluster;
    private boolean perClass;

    private EmbeddedClusterExtension(Supplier<Path> snapshot) {
        this.snapshot = snapshot;
    }

    /** The fixture at {@code snapshots/<name>/} on the test classpath. */
    public static EmbeddedClusterExtension of(String name) {
        return new EmbeddedClusterExtension(() -> TestSnapshots.dir(name));
    }

    public static EmbeddedClusterExtension ofDirectory(Path directory) {
        return new EmbeddedClusterExtension(() -> directory);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        perClass = true;
        cluster = EmbeddedCluster.start(SnapshotLoader.load(snapshot.get()));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        stop();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (!perClass) {
            cluster = EmbeddedCluster.start(SnapshotLoader.load(snapshot.get()));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            stop();
        }
    }

    public EmbeddedCluster cluster() {
        return Objects.requireNonNull(cluster, "the cluster runs only while a test runs");
    }

    public KubernetesClient client() {
        return cluster().client();
    }

    /** A connection to the running cluster; the extension, not the caller, stops it. */
    public ClusterConnection connection() {
        EmbeddedCluster running = cluster();
        return new ClusterConnection(running.snapshot().cluster(), running.client(), running.clock(), () -> {});
    }

    private void stop() {
        if (cluster != null) {
            cluster.close();
            cluster = null;
        }
    }
}
