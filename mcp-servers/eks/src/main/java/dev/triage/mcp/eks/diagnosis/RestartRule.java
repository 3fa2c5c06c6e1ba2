package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A container that keeps dying: OOMKilled, killed by its liveness probe, failing as an init container, or crashing.
 * A restart counts when it is recent or repeated while not ready; one restart days ago on a ready pod is history.
 */
final class RestartRule implements PodRule {

    private static final int REPEATED = 3;

    @Override
    public Optional<PodProblem> check(Pod pod, Inspection inspection) {
        return Containers.of(pod)
                .filter(c -> isRestarting(c, inspection.clock()))
                .findFirst()
                .map(c -> classify(c, inspection));
    }

    private static boolean isRestarting(ContainerView c, Clock clock) {
        if ("CrashLoopBackOff".equals(c.waitingReason())) {
            return true;
        }
        if (c.init() || c.restarts() == 0) {
            return false;
        }
        boolean recent = c.lastTerminated()
                .map(t -> Times.isRecent(t.getFinishedAt(), clock))
                .orElse(false);
        return recent || (c.restarts() >= REPEATED && !c.ready());
    }

    private static PodProblem classify(ContainerView c, Inspection in) {
        Optional<ContainerStateTerminated> last = c.lastTerminated().or(c::terminated);
        List<Evidence> evidence = restartEvidence(c, last, in);
        if (last.map(t -> "OOMKilled".equals(t.getReason())).orElse(false)) {
            return oomKilled(c, evidence);
        }
        List<Event> probeKills = c.init() ? List.of() : probeKills(c, in);
        if (!probeKills.isEmpty()) {
            return killedByProbe(c, evidence, probeKills, in);
        }
        Category category = c.init()
                ? Category.INIT_FAILURE
                : "CrashLoopBackOff".equals(c.waitingReason()) || c.restarts() >= REPEATED
                        ? Category.CRASH_LOOP
                        : Category.APPLICATION_ERROR;
        return new PodProblem(c.pod(), category, headline(c, category, last), Containers.state(c), evidence)
                .withLog(new PodProblem.LogWanted(c.name(), true, false, true, true))
                .withDependencies(configured(c, in), true);
    }

    private static String headline(ContainerView c, Category category, Optional<ContainerStateTerminated> last) {
        String exit = last.map(t ->
                        " with code " + t.getExitCode() + (t.getReason() == null ? "" : " (" + t.getReason() + ")"))
                .orElse("");
        String what =
                switch (category) {
                    case INIT_FAILURE -> "Init container " + c.name() + " keeps failing" + exit;
                    case CRASH_LOOP -> "Container " + c.name() + " keeps exiting" + exit;
                    default -> "Container " + c.name() + " exited" + exit + " within the last hour";
                };
        return what + ", " + restarted(c);
    }

    private static PodProblem killedByProbe(
            ContainerView c, List<Evidence> evidence, List<Event> probeKills, Inspection in) {
        probeKills.forEach(e -> evidence.add(Evidence.event(Refs.event(e), e.getMessage())));
        String headline = "Container " + c.name() + " is killed by its failing liveness probe, " + restarted(c);
        return new PodProblem(c.pod(), Category.PROBE_FAILURE, headline, Containers.state(c), evidence)
                .withLog(new PodProblem.LogWanted(c.name(), true, false, false, true))
                .withDependencies(configured(c, in), false);
    }

    private static List<Dependency> configured(ContainerView c, Inspection in) {
        return c.spec().map(s -> ConfiguredHosts.of(c.pod(), s, in.state())).orElse(List.of());
    }

    private static PodProblem oomKilled(ContainerView c, List<Evidence> evidence) {
        Optional<String> limit = c.memoryLimit();
        limit.ifPresent(l -> evidence.add(Evidence.spec(c.specRef("resources.limits.memory"), l)));
        String headline = "Container " + c.name() + " was OOMKilled"
                + limit.map(l -> " (memory limit " + l + ")").orElse("") + ", " + restarted(c);
        return new PodProblem(c.pod(), Category.OOM_KILLED, headline, Containers.state(c), evidence)
                .withLog(new PodProblem.LogWanted(c.name(), true, true, false, false));
    }

    private static List<Event> probeKills(ContainerView c, Inspection in) {
        List<Event> events = new ArrayList<>();
        ProbeEvents.failure(in, c.pod(), "Liveness", c.name())
                .or(() -> ProbeEvents.failure(in, c.pod(), "Startup", c.name()))
                .ifPresent(events::add);
        ProbeEvents.killing(in, c.pod(), c.name()).ifPresent(events::add);
        return events;
    }

    private static List<Evidence> restartEvidence(
            ContainerView c, Optional<ContainerStateTerminated> last, Inspection in) {
        List<Evidence> evidence = new ArrayList<>();
        if (c.waitingReason() != null) {
            evidence.add(Evidence.status(c.ref("state.waiting.reason"), c.waitingReason()));
        }
        String state = c.lastTerminated().isPresent() ? "lastState.terminated." : "state.terminated.";
        last.ifPresent(t -> {
            if (t.getReason() != null) {
                evidence.add(Evidence.status(c.ref(state + "reason"), t.getReason()));
            }
            evidence.add(Evidence.status(c.ref(state + "exitCode"), String.valueOf(t.getExitCode())));
        });
        evidence.add(Evidence.status(c.ref("restartCount"), String.valueOf(c.restarts())));
        in.state()
                .events()
                .warnings(c.pod(), "BackOff")
                .filter(e -> e.getMessage().contains("failed container " + c.name()))
                .findFirst()
                .ifPresent(e -> evidence.add(Evidence.event(Refs.event(e), e.getMessage())));
        return evidence;
    }

    private static String restarted(ContainerView c) {
        return "restarted " + c.restarts() + (c.restarts() == 1 ? " time" : " times");
    }
}
