package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.runbook.catalog.Step;

/** Plans each action of the vocabulary; the switch is exhaustive, so a new action cannot go unplanned. */
final class Planner {

    private Planner() {}

    static PlanStep plan(Step step, PlanContext context) {
        return switch (step.action()) {
            case ROLLOUT_RESTART -> Restarts.plan(context);
            case SCALE -> Scaling.plan(step, context);
            case SET_RESOURCES -> Resources.plan(step, context);
            case ROLLOUT_UNDO -> Rollbacks.plan(step, context);
            case DELETE_POD -> PodDeletions.plan(context);
            case CORDON_NODE -> Cordons.plan(context);
            case WAIT_FOR_ROLLOUT -> Checks.waitForRollout(step, context);
            case VERIFY_CONDITION -> Checks.verifyCondition(step, context);
        };
    }
}
