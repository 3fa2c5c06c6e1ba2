package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.runbook.catalog.Step;

/** wait-for-rollout and verify-condition: steps that only read, described against the target. */
final class Checks {

    private Checks() {}

    static PlanStep waitForRollout(Step step, PlanContext context) {
        String timeout = context.argument(step, "timeout").orElseThrow();
        return PlanStep.readOnly(
                "wait-for-rollout",
                "wait up to " + timeout + " until " + context.target()
                        + " has rolled out: every replica updated, ready and available",
                context.target());
    }

    static PlanStep verifyCondition(Step step, PlanContext context) {
        String condition = context.argument(step, "condition").orElseThrow();
        String status = context.argument(step, "status").orElse("True");
        String within =
                context.argument(step, "timeout").map(t -> " within " + t).orElse("");
        return PlanStep.readOnly(
                "verify-condition",
                "verify that " + context.target() + " reports condition " + condition + "=" + status + within
                        + "; the run fails otherwise",
                context.target());
    }
}
