package dev.triage.mcp.cloudwatch.source;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code triage.snapshot}: serve a snapshot's {@code metrics/} and {@code logs/} instead of AWS. Unknown keys are not
 * refused here because {@code triage.*} is shared with other records (such as {@code triage.mcp} and
 * {@code triage.cloudwatch}); the records under it refuse theirs.
 */
@ConfigurationProperties(prefix = "triage")
public record SnapshotSourceProperties(Path snapshot) {

    public Optional<Path> snapshotDir() {
        return Optional.ofNullable(snapshot);
    }
}
