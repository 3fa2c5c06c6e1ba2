package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Taint;
import io.fabric8.kubernetes.api.model.TaintBuilder;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** Node taints that keep a pod off (NoSchedule, NoExecute) unless one of its tolerations matches. */
final class Taints {

    private static final Set<String> REPELLING = Set.of("NoSchedule", "NoExecute");

    private Taints() {}

    /** The taints of {@code node} that repel {@code pod}; a cordoned node counts as its unschedulable taint. */
    static List<String> untolerated(Pod pod, Node node) {
        List<Toleration> tolerations = pod.getSpec().getTolerations() == null
                ? List.of()
                : pod.getSpec().getTolerations();
        List<Taint> taints = node.getSpec() == null || node.getSpec().getTaints() == null
                ? List.of()
                : node.getSpec().getTaints();
        List<String> repelling = taints.stream()
                .filter(t -> REPELLING.contains(t.getEffect()))
                .filter(t -> tolerations.stream().noneMatch(tol -> tolerates(tol, t)))
                .map(Taints::describe)
                .toList();
        boolean cordoned =
                node.getSpec() != null && Boolean.TRUE.equals(node.getSpec().getUnschedulable());
        boolean cordonTainted = taints.stream().anyMatch(t -> "node.kubernetes.io/unschedulable".equals(t.getKey()));
        if (cordoned && !cordonTainted && tolerations.stream().noneMatch(Taints::toleratesCordon)) {
            return Stream.concat(repelling.stream(), Stream.of("cordoned")).toList();
        }
        return repelling;
    }

    /** Kubernetes' rule: an empty key with Exists matches every taint; else the key, the value (for Equal), the effect. */
    static boolean tolerates(Toleration toleration, Taint taint) {
        if (toleration.getEffect() != null
                && !toleration.getEffect().isEmpty()
                && !toleration.getEffect().equals(taint.getEffect())) {
            return false;
        }
        boolean exists = "Exists".equals(toleration.getOperator());
        if (toleration.getKey() == null || toleration.getKey().isEmpty()) {
            return exists;
        }
        if (!toleration.getKey().equals(taint.getKey())) {
            return false;
        }
        return exists || Objects.equals(blank(toleration.getValue()), blank(taint.getValue()));
    }

    /** {@code dedicated=gpu:NoSchedule}, {@code node.kubernetes.io/unreachable:NoSchedule}. */
    static String describe(Taint taint) {
        String value = blank(taint.getValue());
        return taint.getKey() + (value == null ? "" : "=" + value) + ":" + taint.getEffect();
    }

    private static boolean toleratesCordon(Toleration toleration) {
        Taint cordon = new TaintBuilder()
                .withKey("node.kubernetes.io/unschedulable")
                .withEffect("NoSchedule")
                .build();
        return tolerates(toleration, cordon);
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
