package dev.triage.mcp.runbook.proposal;

import io.fabric8.kubernetes.api.model.Container;
import java.util.List;
import java.util.Optional;

/** Picks the container a step acts on: the one named, or the only one. */
final class Containers {

    private Containers() {}

    static Container choose(PlanContext context, Optional<String> name) {
        List<Container> containers =
                Workloads.template(context.object()).getSpec().getContainers();
        List<String> names = containers.stream().map(Container::getName).toList();
        if (name.isEmpty() && containers.size() == 1) {
            return containers.getFirst();
        }
        if (name.isEmpty()) {
            throw new Refused(
                    Refusal.INVALID_PARAMETER,
                    context.target() + " has containers " + names + "; say which with the container parameter");
        }
        return containers.stream()
                .filter(c -> c.getName().equals(name.get()))
                .findFirst()
                .orElseThrow(() -> new Refused(
                        Refusal.INVALID_PARAMETER,
                        context.target() + " has no container '" + name.get() + "'; its containers are " + names));
    }
}
