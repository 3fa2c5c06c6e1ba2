package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.List;
import java.util.Optional;

/**
 * A running pod kept out of its Services by a failing readiness probe. Its environment, config and log may name the
 * upstream it is waiting for, which is then the likely cause.
 */
final class ReadinessRule implements PodRule {

    @Override
    public Optional<PodProblem> check(Pod pod, Inspection inspection) {
        if (!"Running".equals(PodStatuses.phase(pod)) || PodStatuses.isReady(pod)) {
            return Optional.empty();
        }
        return Containers.of(pod)
                .filter(c -> !c.init() && !c.ready())
                .flatMap(
                        c -> ProbeEvents.failure(inspection, pod, "Readiness", c.name())
                                .map(e -> problem(c, e, inspection.state()))
                                .stream())
                .findFirst();
    }

    private static PodProblem problem(ContainerView c, Event event, ClusterState state) {
        List<Evidence> evidence = List.of(
                Evidence.status(c.ref("ready"), "false"), Evidence.event(Refs.event(event), event.getMessage()));
        String reason = event.getMessage().replaceFirst("^Readiness probe failed: ", "");
        String headline = "Readiness probe of container " + c.name() + " fails: " + reason;
        List<Dependency> upstreams =
                c.spec().map(s -> ConfiguredHosts.of(c.pod(), s, state)).orElse(List.of());
        return new PodProblem(c.pod(), Category.PROBE_FAILURE, headline, "Running, not ready", evidence)
                .withLog(new PodProblem.LogWanted(c.name(), false, false, false, true))
                .withDependencies(upstreams, false);
    }
}
