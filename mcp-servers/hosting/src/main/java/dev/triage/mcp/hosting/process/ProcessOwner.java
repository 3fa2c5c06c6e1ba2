package dev.triage.mcp.hosting.process;

import java.time.Instant;
import java.util.Optional;

/**
 * A process by its pid and start time: the start time tells it apart from a later process that was given the same
 * pid after it ended.
 *
 * @param startedAt null when the system does not say (then only the pid is compared)
 */
public record ProcessOwner(long pid, Instant startedAt) {

    /** This JVM. */
    public static ProcessOwner current() {
        return of(ProcessHandle.current());
    }

    static ProcessOwner of(ProcessHandle process) {
        return new ProcessOwner(process.pid(), process.info().startInstant().orElse(null));
    }

    /**
     * True while this process runs. When the system hides a start time, a live process with the pid counts as this
     * one: mistaking a dead owner for a live one only leaves something behind, the other way round stops a stranger.
     */
    public boolean isAlive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .map(process -> startedAt == null
                        || process.info().startInstant().map(startedAt::equals).orElse(true))
                .orElse(false);
    }

    /** One line: {@code pid startedAt}, as {@link #parse} reads it. */
    String toLine() {
        return pid + " " + (startedAt == null ? "-" : startedAt.toString());
    }

    static Optional<ProcessOwner> parse(String line) {
        String[] parts = line.strip().split(" ");
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            Instant started = parts[1].equals("-") ? null : Instant.parse(parts[1]);
            return Optional.of(new ProcessOwner(Long.parseLong(parts[0]), started));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
