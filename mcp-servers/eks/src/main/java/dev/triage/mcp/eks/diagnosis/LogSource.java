package dev.triage.mcp.eks.diagnosis;

import java.util.Optional;

/** Where the analyzers read the few container logs they quote. */
@FunctionalInterface
interface LogSource {

    /** The last lines of a container's log (the previous instance's when {@code previous}); empty if unreadable. */
    Optional<String> tail(String namespace, String pod, String container, boolean previous);
}
