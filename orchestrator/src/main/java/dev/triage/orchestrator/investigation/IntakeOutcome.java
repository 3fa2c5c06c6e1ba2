package dev.triage.orchestrator.investigation;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** What became of a request handed to {@link Intake#submit}. */
public sealed interface IntakeOutcome {

    /** Stored and queued: progress and the report are under {@code id}; a runner takes it as soon as one is free. */
    record Accepted(String id) implements IntakeOutcome {}

    /**
     * The same alert (same fingerprint) is already queued, running, or finished inside the dedupe window: nothing new
     * was started, and {@code id} is that investigation.
     */
    record Duplicate(String id) implements IntakeOutcome {}

    /** The request named a cluster this service does not reach; nothing was stored. */
    record UnknownCluster(String requested, Set<String> served) implements IntakeOutcome {

        public UnknownCluster {
            served = Collections.unmodifiableSet(new TreeSet<>(served));
        }

        /** The clusters served, quoted, for a message: {@code 'a', 'b'}. */
        public String servedList() {
            return served.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
        }
    }
}
