package dev.triage.agents.master;

import dev.triage.agents.remediation.Intent;
import dev.triage.model.RouteStep;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Validates a model's plan: known agents only, each once, at least one agent that finds problems, and remediation
 * (if any) alone in the last stage, after an agent that finds problems. Returns why not, or the plan.
 */
final class PlanCheck {

    /** The plan, or why it was rejected. */
    record Result(Optional<Plan> plan, String problem) {}

    private PlanCheck() {}

    static Result check(PlanAssistant.Answer answer, Optional<Intent> intent) {
        if (answer == null || answer.steps() == null || answer.steps().isEmpty()) {
            return rejected("no steps");
        }
        TreeMap<Integer, Set<SubAgent>> stages = new TreeMap<>();
        List<RouteStep> route = new ArrayList<>();
        Set<SubAgent> seen = EnumSet.noneOf(SubAgent.class);
        for (PlanAssistant.Step step : answer.steps().stream()
                .sorted(java.util.Comparator.comparingInt(PlanAssistant.Step::stage))
                .toList()) {
            Optional<SubAgent> agent = SubAgent.fromWireName(step.agent());
            if (agent.isEmpty()) {
                return rejected("unknown agent '" + step.agent() + "'");
            }
            if (step.stage() < 1 || !seen.add(agent.get())) {
                return rejected(agent.get().wireName() + " twice or in stage " + step.stage());
            }
            stages.computeIfAbsent(step.stage(), s -> EnumSet.noneOf(SubAgent.class))
                    .add(agent.get());
            route.add(RulesRouter.step(agent.get(), step.reason() == null ? "chosen by the model" : step.reason()));
        }
        String problem = orderProblem(stages);
        return problem == null
                ? new Result(Optional.of(new Plan(List.copyOf(stages.values()), route, intent)), "")
                : rejected(problem);
    }

    private static String orderProblem(TreeMap<Integer, Set<SubAgent>> stages) {
        boolean finds = stages.values().stream()
                .anyMatch(s -> s.contains(SubAgent.DIAGNOSTIC) || s.contains(SubAgent.ANALYSIS));
        if (!finds) {
            return "no agent that finds problems";
        }
        for (var entry : stages.entrySet()) {
            boolean last = entry.getKey().equals(stages.lastKey());
            if (entry.getValue().contains(SubAgent.REMEDIATION)
                    && (!last || entry.getValue().size() > 1 || stages.size() == 1)) {
                return "remediation must run alone, last, after the findings";
            }
        }
        return null;
    }

    private static Result rejected(String problem) {
        return new Result(Optional.empty(), problem);
    }
}
