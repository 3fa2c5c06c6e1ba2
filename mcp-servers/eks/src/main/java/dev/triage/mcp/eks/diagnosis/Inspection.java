package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.ResourceRef;
import java.time.Clock;
import java.util.List;

/**
 * What an analyzer sees.
 *
 * @param clock what "now" and "recent" mean (a snapshot's capture time, or the real clock)
 * @param earlier the findings of the analyzers that ran before, so a fallback can tell what is already explained
 */
record Inspection(ClusterState state, Clock clock, LogSource logs, List<Detected> earlier) {

    Inspection {
        earlier = List.copyOf(earlier);
    }

    /** Whether an earlier finding is about {@code resource} or one of its parts (its owner is {@code resource}). */
    boolean explains(ResourceRef resource) {
        return earlier.stream()
                .map(Detected::finding)
                .anyMatch(f -> f.resource().equals(resource) || resource.equals(f.owner()));
    }
}
