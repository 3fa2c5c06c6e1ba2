package dev.triage.mcp.cloudwatch.analysis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.Severity;
import java.util.List;

/**
 * One thing a rule saw in a target's series. A target's signals of one category become one finding, so a workload
 * that is CPU-pinned and whose memory climbs has one saturation finding quoting both.
 *
 * @param summary the clause the finding's summary is built from
 * @param precedesRestart whether the container restarted right after (memory reaching its limit: an OOM's lead-up)
 */
record Signal(Category category, Severity severity, String summary, List<Evidence> evidence, boolean precedesRestart) {

    Signal {
        evidence = List.copyOf(evidence);
    }

    static Signal saturation(Severity severity, String summary, Evidence evidence) {
        return new Signal(Category.RESOURCE_SATURATION, severity, summary, List.of(evidence), false);
    }
}
