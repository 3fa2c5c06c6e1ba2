package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.runbook.catalog.Step;
import java.util.List;

/** scale: spec.replicas from what it is to what the parameter says. */
final class Scaling {

    private Scaling() {}

    static PlanStep plan(Step step, PlanContext context) {
        int from = Workloads.replicas(context.object());
        int to = Integer.parseInt(context.argument(step, "replicas").orElseThrow());
        if (from == to) {
            throw new Refused(Refusal.INVALID_PARAMETER, context.target() + " already has " + from + " replicas");
        }
        String description = "scale " + context.target() + " from " + from + " to " + to + " replicas";
        return new PlanStep(
                "scale",
                description,
                context.target(),
                List.of(new Change("spec.replicas", String.valueOf(from), String.valueOf(to))),
                "merge",
                Workloads.nested("spec", "replicas", to));
    }
}
