package dev.triage.orchestrator.config;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code triage.snapshot}: the cluster snapshot the embedded default serves instead of the bundled demo. Bound at the
 * shared {@code triage} root, so unknown keys are left to the records under it, which refuse theirs.
 */
@ConfigurationProperties(prefix = "triage")
public record SnapshotProperties(Path snapshot) {

    public Optional<Path> snapshotDir() {
        return Optional.ofNullable(snapshot);
    }
}
