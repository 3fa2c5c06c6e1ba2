package dev.triage.bench.startup;

import dev.triage.mcp.hosting.launch.Prctl;
import java.util.OptionalInt;

/**
 * Makes this process the child subreaper (Linux {@code prctl(PR_SET_CHILD_SUBREAPER)}), so what a measured process
 * daemonises (the embedded PostgreSQL, started by {@code pg_ctl}) stays among its descendants and its CPU counts.
 */
final class Subreaper {

    private Subreaper() {}

    static void become() {
        OptionalInt result = Prctl.call(Prctl.PR_SET_CHILD_SUBREAPER, 1L);
        if (result.isEmpty()) {
            System.err.println("no subreaper (no prctl here): daemonised children's CPU is not counted");
        } else if (result.getAsInt() != 0) {
            System.err.println("prctl(PR_SET_CHILD_SUBREAPER) failed: daemonised children's CPU is not counted");
        }
    }
}
