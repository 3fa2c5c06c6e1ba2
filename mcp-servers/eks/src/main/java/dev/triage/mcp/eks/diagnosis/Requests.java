package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a pod asks the scheduler for and what a node has left: its containers' requests summed (an init container's
 * counted when it asks for more, as the scheduler does), against the node's allocatable minus the requests of the pods
 * already bound to it, among those this read holds.
 */
final class Requests {

    static final String PODS = "pods";
    private static final java.util.Set<String> STANDARD = java.util.Set.of("cpu", "memory", PODS, "ephemeral-storage");

    private Requests() {}

    /** The pod's effective requests by resource name, in base units (cores, bytes, counts). */
    static Map<String, BigDecimal> of(Pod pod) {
        Map<String, BigDecimal> total = new TreeMap<>();
        for (Container c : orEmpty(pod.getSpec().getContainers())) {
            requests(c).forEach((name, amount) -> total.merge(name, amount, BigDecimal::add));
        }
        for (Container c : orEmpty(pod.getSpec().getInitContainers())) {
            requests(c).forEach((name, amount) -> total.merge(name, amount, BigDecimal::max));
        }
        return total;
    }

    /**
     * Whether the node says how much of {@code resource} it has. A node that lists no cpu, memory or pods is not
     * judged on them (the read lacks its status); one that lists other resources and not this one has none of it.
     */
    static boolean known(Node node, String resource) {
        Map<String, Quantity> allocatable =
                node.getStatus() == null ? null : node.getStatus().getAllocatable();
        if (allocatable == null || allocatable.isEmpty()) {
            return false;
        }
        return allocatable.containsKey(resource) || !STANDARD.contains(resource);
    }

    /** The requests of {@code pods} summed by resource ({@link #of} each), with their number under {@code pods}. */
    static Map<String, BigDecimal> sum(List<Pod> pods) {
        Map<String, BigDecimal> total = new TreeMap<>();
        for (Pod pod : pods) {
            of(pod).forEach((name, amount) -> total.merge(name, amount, BigDecimal::add));
        }
        total.put(PODS, BigDecimal.valueOf(pods.size()));
        return total;
    }

    /**
     * What {@code node} has left of {@code resource} after what its pods request ({@link #sum}), less {@code
     * without}'s own requests when it is one of them (the pod being weighed does not compete with itself).
     */
    static BigDecimal free(Node node, String resource, Map<String, BigDecimal> requested, Optional<Pod> without) {
        BigDecimal used = requested.getOrDefault(resource, BigDecimal.ZERO);
        if (without.isPresent()) {
            used = used.subtract(
                    PODS.equals(resource) ? BigDecimal.ONE : of(without.get()).getOrDefault(resource, BigDecimal.ZERO));
        }
        return allocatable(node, resource).subtract(used);
    }

    static BigDecimal allocatable(Node node, String resource) {
        Map<String, Quantity> allocatable =
                node.getStatus() == null ? null : node.getStatus().getAllocatable();
        Quantity quantity = allocatable == null ? null : allocatable.get(resource);
        return quantity == null ? BigDecimal.ZERO : Quantity.getAmountInBytes(quantity);
    }

    /** {@code 24Gi}, {@code 3.5Gi}, {@code 250m}, {@code 2}: how a person reads an amount of {@code resource}. */
    static String format(String resource, BigDecimal amount) {
        if ("memory".equals(resource) || resource.endsWith("storage")) {
            BigDecimal gi = amount.divide(BigDecimal.valueOf(1L << 30), 1, RoundingMode.HALF_UP);
            return gi.compareTo(BigDecimal.ONE) >= 0
                    ? gi.stripTrailingZeros().toPlainString() + "Gi"
                    : amount.divide(BigDecimal.valueOf(1L << 20), 0, RoundingMode.HALF_UP) + "Mi";
        }
        if ("cpu".equals(resource)) {
            return amount.compareTo(BigDecimal.ONE) < 0
                    ? amount.multiply(BigDecimal.valueOf(1000)).setScale(0, RoundingMode.HALF_UP) + "m"
                    : amount.setScale(2, RoundingMode.HALF_UP)
                            .stripTrailingZeros()
                            .toPlainString();
        }
        return amount.stripTrailingZeros().toPlainString();
    }

    private static Map<String, BigDecimal> requests(Container container) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        if (container.getResources() == null) {
            return amounts;
        }
        // A limit with no request is the request too: Kubernetes defaults one to the other.
        Map<String, Quantity> limits = container.getResources().getLimits();
        Map<String, Quantity> requests = container.getResources().getRequests();
        (limits == null ? Map.<String, Quantity>of() : limits)
                .forEach((name, q) -> amounts.put(name, Quantity.getAmountInBytes(q)));
        (requests == null ? Map.<String, Quantity>of() : requests)
                .forEach((name, q) -> amounts.put(name, Quantity.getAmountInBytes(q)));
        return amounts;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
