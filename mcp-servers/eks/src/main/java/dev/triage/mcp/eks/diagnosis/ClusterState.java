package dev.triage.mcp.eks.diagnosis;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toUnmodifiableList;
import static java.util.stream.Collectors.toUnmodifiableMap;

import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * One consistent, immutable read of the cluster (or of one namespace) with the indexes the analyzers need, so every
 * analyzer is a pure function of it and nothing is fetched twice.
 */
final class ClusterState {

    /** The kinds that own pods or other controllers, whose ownership chains are followed. */
    private static final List<Class<? extends HasMetadata>> CONTROLLERS =
            List.of(ReplicaSet.class, Deployment.class, StatefulSet.class, DaemonSet.class, Job.class, CronJob.class);

    private final String namespace;
    private final int size;
    private final Map<Class<?>, List<HasMetadata>> byType;
    private final Map<String, HasMetadata> byKey;
    private final Owners owners;
    private final EventIndex events;
    private final Map<ResourceRef, List<Pod>> podsByTopOwner;
    private final Map<String, List<Pod>> podsByNode;
    private final PodSelector podSelector;
    private final Set<String> notReadyNodes;
    private final Set<String> unreadable;
    private final Map<String, List<Pod>> placedByNode;
    private final Map<String, Map<String, BigDecimal>> requestedByNode = new ConcurrentHashMap<>();

    private ClusterState(
            String namespace,
            Collection<? extends HasMetadata> objects,
            Set<String> unreadable,
            Optional<List<Pod>> placedPods) {
        this.namespace = namespace;
        this.unreadable = Set.copyOf(unreadable);
        this.size = objects.size();
        this.byType = Map.copyOf(objects.stream().collect(groupingBy(Object::getClass, toUnmodifiableList())));
        this.byKey = objects.stream()
                .collect(toUnmodifiableMap(
                        o -> key(
                                o.getClass(), Refs.namespace(o), o.getMetadata().getName()),
                        o -> o,
                        (a, b) -> b));
        this.owners = new Owners(
                CONTROLLERS.stream().flatMap(type -> all(type).stream()).toList());
        this.events = EventIndex.of(all(Event.class));
        List<Pod> pods = all(Pod.class);
        this.podsByTopOwner = Map.copyOf(pods.stream().collect(groupingBy(owners::top, toUnmodifiableList())));
        this.podsByNode = Map.copyOf(pods.stream()
                .filter(p -> PodStatuses.nodeName(p) != null)
                .collect(groupingBy(PodStatuses::nodeName, toUnmodifiableList())));
        this.podSelector = new PodSelector(pods);
        this.placedByNode = placedPods
                .map(all -> Map.copyOf(all.stream()
                        .filter(p -> PodStatuses.nodeName(p) != null && !PodStatuses.isTerminal(p))
                        .collect(groupingBy(PodStatuses::nodeName, toUnmodifiableList()))))
                .orElse(podsByNode);
        this.notReadyNodes = all(Node.class).stream()
                .filter(NodeConditions::isNotReady)
                .map(n -> n.getMetadata().getName())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param namespace the namespace that was read, or null when the whole cluster was
     * @param unreadable the kinds (plural resource names, e.g. {@code secrets}) that could not be listed
     */
    static ClusterState of(String namespace, Collection<? extends HasMetadata> objects, Set<String> unreadable) {
        return new ClusterState(namespace, objects, unreadable, Optional.empty());
    }

    /**
     * @param placedPods every namespace's pods, when only one namespace was read: what each node already runs, so its
     *     free capacity is the same whichever namespace is diagnosed
     */
    static ClusterState of(
            String namespace,
            Collection<? extends HasMetadata> objects,
            Set<String> unreadable,
            Optional<List<Pod>> placedPods) {
        return new ClusterState(namespace, objects, unreadable, placedPods);
    }

    static ClusterState of(String namespace, Collection<? extends HasMetadata> objects) {
        return of(namespace, objects, Set.of());
    }

    /** Whether the kind was listed: an absent object of an unreadable kind may well exist. */
    boolean canRead(String kind) {
        return !unreadable.contains(kind);
    }

    /** The namespace that was read, or null for the whole cluster. */
    String namespace() {
        return namespace;
    }

    int size() {
        return size;
    }

    @SuppressWarnings("unchecked")
    <T extends HasMetadata> List<T> all(Class<T> type) {
        return (List<T>) byType.getOrDefault(type, List.of());
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String namespace, String name) {
        return Optional.ofNullable(type.cast(byKey.get(key(type, namespace, name))));
    }

    ResourceRef topOwner(HasMetadata object) {
        return owners.top(object);
    }

    /** The pods whose top owner is {@code owner} (a Pod with no owner is its own). */
    List<Pod> podsOf(ResourceRef owner) {
        return podsByTopOwner.getOrDefault(owner, List.of());
    }

    List<Pod> podsOn(String nodeName) {
        return podsByNode.getOrDefault(nodeName, List.of());
    }

    /** The live pods bound to a node in any namespace, as far as they were read: what takes its capacity. */
    List<Pod> placedOn(String nodeName) {
        return placedByNode.getOrDefault(nodeName, List.of());
    }

    /**
     * What the live pods bound to a node request, by resource ({@link Requests#of}), summed once per read: every
     * pending pod is weighed against every node, and summing each time made that quadratic in the cluster's pods.
     */
    Map<String, BigDecimal> requestedOn(String nodeName) {
        return requestedByNode.computeIfAbsent(nodeName, name -> Requests.sum(live(placedOn(name))));
    }

    /** The pods of {@code pods} that still take their node's capacity. */
    static List<Pod> live(List<Pod> pods) {
        return pods.stream().filter(p -> !PodStatuses.isTerminal(p)).toList();
    }

    List<Pod> podsMatching(String namespace, Map<String, String> selector) {
        return podSelector.matching(namespace, selector);
    }

    boolean isNodeNotReady(String nodeName) {
        return nodeName != null && notReadyNodes.contains(nodeName);
    }

    EventIndex events() {
        return events;
    }

    private static String key(Class<?> type, String namespace, String name) {
        return type.getSimpleName() + "|" + namespace + "|" + name;
    }
}
