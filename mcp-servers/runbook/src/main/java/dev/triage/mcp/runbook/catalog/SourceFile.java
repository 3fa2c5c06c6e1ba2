package dev.triage.mcp.runbook.catalog;

import java.util.Objects;

/**
 * One file of the runbook library as read from a directory or the classpath.
 *
 * @param path where it came from, relative to the library root (e.g. {@code catalog/delete-pod.yaml}); error
 *     messages name it
 * @param content its text
 */
public record SourceFile(String path, String content) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    /** The file name without directory and extension: a runbook's id, a guide's id. */
    public String baseName() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
