package dev.triage.mcp.runbook.library;

import java.nio.file.Path;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the runbook library comes from: {@code triage.runbooks.dir} (a directory laid out like the repository's
 * {@code runbooks/}), else the copy packaged in the jar. Unknown keys fail start-up.
 */
@ConfigurationProperties(prefix = "triage.runbooks", ignoreUnknownFields = false)
public record RunbookProperties(Path dir) {

    public Optional<Path> directory() {
        return Optional.ofNullable(dir);
    }
}
