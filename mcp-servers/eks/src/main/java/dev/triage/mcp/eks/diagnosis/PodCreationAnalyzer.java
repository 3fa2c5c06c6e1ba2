package dev.triage.mcp.eks.diagnosis;

import dev.triage.model.Category;
import dev.triage.model.Evidence;
import dev.triage.model.ResourceRef;
import dev.triage.model.Severity;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetCondition;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Controllers the API server refuses pods to: a ResourceQuota exceeded, or an admission rule (a missing service
 * account, a pod security violation) that is the workload's configuration to fix.
 */
final class PodCreationAnalyzer implements Analyzer {

    @Override
    public List<Detected> analyze(Inspection inspection) {
        ClusterState state = inspection.state();
        Map<String, Detected> byId = new LinkedHashMap<>();
        Stream.of(
                        state.all(ReplicaSet.class).stream()
                                .filter(rs -> rs.getSpec() != null
                                        && Workloads.orZero(rs.getSpec().getReplicas()) > 0),
                        state.all(StatefulSet.class).stream(),
                        state.all(DaemonSet.class).stream())
                .flatMap(s -> s)
                .forEach(controller -> refused(controller, inspection).ifPresent(d -> byId.putIfAbsent(d.id(), d)));
        return List.copyOf(byId.values());
    }

    private static Optional<Detected> refused(HasMetadata controller, Inspection in) {
        List<Evidence> evidence = new ArrayList<>();
        Optional<String> message = replicaFailure(controller).map(c -> {
            evidence.addAll(Quotes.condition(controller, "ReplicaFailure", null, c.getReason(), c.getMessage()));
            return c.getMessage();
        });
        Optional<Event> event = in.state()
                .events()
                .latestWarning(controller, "FailedCreate")
                .filter(e -> message.isPresent() || Times.isRecent(EventIndex.lastSeen(e), in.clock()));
        event.ifPresent(e -> evidence.add(Evidence.event(Refs.event(e), e.getMessage())));
        return message.or(() -> event.map(Event::getMessage)).map(m -> detected(controller, m, evidence, in.state()));
    }

    private static Optional<ReplicaSetCondition> replicaFailure(HasMetadata controller) {
        if (!(controller instanceof ReplicaSet rs)
                || rs.getStatus() == null
                || rs.getStatus().getConditions() == null) {
            return Optional.empty();
        }
        return rs.getStatus().getConditions().stream()
                .filter(c ->
                        "ReplicaFailure".equals(c.getType()) && "True".equals(c.getStatus()) && c.getMessage() != null)
                .findFirst();
    }

    private static Detected detected(
            HasMetadata controller, String message, List<Evidence> evidence, ClusterState state) {
        Category category = message.contains("exceeded quota") ? Category.QUOTA_EXCEEDED : Category.CONFIG_ERROR;
        ResourceRef owner = state.topOwner(controller);
        Optional<Deployment> deployment = state.find(Deployment.class, owner.namespace(), owner.name())
                .filter(d -> "Deployment".equals(owner.kind()));
        String availability = deployment
                .map(d -> "; Deployment " + owner.name() + " " + Workloads.available(d) + "/" + Workloads.desired(d)
                        + " available")
                .orElse("");
        String summary = Refs.display(controller) + " cannot create pods: " + refusal(message) + availability;
        Severity severity =
                deployment.map(d -> Workloads.available(d) == 0).orElse(false) ? Severity.CRITICAL : Severity.HIGH;
        return Detected.rootCause(Findings.of(category, owner, owner, summary, evidence, severity, List.of()));
    }

    /** {@code Error creating: pods "x" is forbidden: exceeded quota: ...} → {@code exceeded quota: ...}. */
    private static String refusal(String message) {
        int forbidden = message.indexOf("is forbidden: ");
        return forbidden < 0 ? message : message.substring(forbidden + "is forbidden: ".length());
    }
}
