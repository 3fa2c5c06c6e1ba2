package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import java.time.Clock;
import java.util.Optional;

/** The kubelet's recent probe events about one container: {@code Unhealthy} failures and probe {@code Killing}s. */
final class ProbeEvents {

    private ProbeEvents() {}

    /** The latest recent {@code Unhealthy} event for {@code probe} ("Liveness", "Readiness", "Startup"). */
    static Optional<Event> failure(Inspection in, Pod pod, String probe, String container) {
        return in.state()
                .events()
                .warnings(pod, "Unhealthy")
                .filter(e -> e.getMessage().startsWith(probe + " probe failed"))
                .filter(e -> EventIndex.isAboutContainer(e, container) && isRecent(e, in.clock()))
                .findFirst();
    }

    /** The latest recent {@code Killing} event saying the kubelet restarted the container for a failed probe. */
    static Optional<Event> killing(Inspection in, Pod pod, String container) {
        return in.state().events().about(pod).stream()
                .filter(e -> "Killing".equals(e.getReason()) && e.getMessage() != null)
                .filter(e -> e.getMessage().contains("failed liveness probe")
                        || e.getMessage().contains("failed startup probe"))
                .filter(e -> EventIndex.isAboutContainer(e, container) && isRecent(e, in.clock()))
                .findFirst();
    }

    private static boolean isRecent(Event event, Clock clock) {
        return Times.isRecent(EventIndex.lastSeen(event), clock);
    }
}
