package dev.triage.kubernetes.snapshot;

/** A snapshot directory that cannot be read; the message names the file (and document) at fault. */
public final class SnapshotException extends RuntimeException {

    public SnapshotException(String message) {
        super(message);
    }

    public SnapshotException(String message, Throwable cause) {
        super(message, cause);
    }
}
