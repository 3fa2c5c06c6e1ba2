package dev.triage.kubernetes.testing;

import dev.triage.kubernetes.snapshot.BundledSnapshots;
import dev.triage.kubernetes.snapshot.Snapshot;
import dev.triage.kubernetes.snapshot.SnapshotLoader;
import java.nio.file.Path;

/**
 * Snapshot fixtures on the test classpath under {@code snapshots/<name>/}: this module's (e.g. {@code small}) and
 * any other module's own, from a directory or from a jar.
 */
public final class TestSnapshots {

    private TestSnapshots() {}

    public static Path dir(String name) {
        return BundledSnapshots.fromClasspath("snapshots/" + name);
    }

    public static Snapshot load(String name) {
        return SnapshotLoader.load(dir(name));
    }
}
