package dev.triage.agents.master;

import dev.triage.agents.remediation.Intent;
import dev.triage.model.RouteStep;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which agents run, in which order: each stage's agents run in parallel, stages one after another.
 *
 * @param stages the agents of each stage
 * @param route every agent with the reason it runs, in order
 * @param intent an action the question asked for by name, to be proposed (never executed)
 */
public record Plan(List<Set<SubAgent>> stages, List<RouteStep> route, Optional<Intent> intent) {

    public Plan {
        stages = stages.stream().map(Set::copyOf).toList();
        route = List.copyOf(route);
    }
}
