package dev.triage.agents.grounding;

import dev.triage.agents.tools.ServerTools;
import dev.triage.agents.tools.ToolResult;
import dev.triage.agents.trail.Trail;
import dev.triage.model.Evidence;
import dev.triage.model.Finding;
import dev.triage.model.ResourceRef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Puts metric findings on the object the cluster says they are about. Container Insights names a series by
 * {@code PodName} (a workload's name, or on some clusters the pod's own name) and sometimes {@code FullPodName}, and
 * never says the kind: the CloudWatch server calls each a Deployment. Here each is resolved through the EKS server's
 * {@code get_resource}: a pod to its top owner (ReplicaSet → Deployment, Job → CronJob, StatefulSet, DaemonSet), a
 * workload name to the kind that has it, so a StatefulSet's pod is reported on the StatefulSet and lines up with the
 * diagnostic agent's finding about it.
 */
public final class MetricOwners {

    private static final List<String> WORKLOAD_KINDS = List.of("Deployment", "StatefulSet", "DaemonSet");
    /** Names shaped like a pod's (a ReplicaSet's hash and a suffix, or a StatefulSet's ordinal) are tried as pods first. */
    private static final Pattern POD_NAME = Pattern.compile(".+-[a-z0-9]{5,10}-[a-z0-9]{5}|.+-[0-9]+");

    private final Optional<ServerTools> eks;
    private final Trail trail;
    private final Map<ResourceRef, Optional<Optional<ResourceRef>>> owners = new HashMap<>();

    private MetricOwners(Optional<ServerTools> eks, Trail trail) {
        this.eks = eks;
        this.trail = trail;
    }

    /** Through {@code eks} ({@code get_resource}); with no EKS server the findings stay as the metrics name them. */
    public static MetricOwners through(Optional<ServerTools> eks, Trail trail) {
        return new MetricOwners(eks, trail);
    }

    /** The findings, each metric-only one about a workload or pod resolved to its owner; alike ones merged. */
    public List<Finding> resolve(List<Finding> findings) {
        if (eks.isEmpty()) {
            return findings;
        }
        List<Finding> resolved = new ArrayList<>();
        for (Finding finding : findings) {
            resolved.add(isMetricAboutWorkload(finding) ? resolveOne(finding) : finding);
        }
        return merged(resolved);
    }

    private Finding resolveOne(Finding finding) {
        String namespace = finding.namespace();
        String name = finding.name();
        Optional<Resolved> found = finding.pods().stream()
                .map(pod -> ofPod(namespace, pod))
                .flatMap(Optional::stream)
                .findFirst()
                .or(() -> POD_NAME.matcher(name).matches()
                        ? ofPod(namespace, name).or(() -> ofWorkload(namespace, name))
                        : ofWorkload(namespace, name).or(() -> ofPod(namespace, name)));
        if (found.isEmpty()) {
            trail.note("analysis: no pod or workload named " + finding.name() + " in namespace " + finding.namespace()
                    + "; " + finding.id() + " keeps the name Container Insights gives it.");
            return finding;
        }
        return onto(finding, found.get());
    }

    private static Finding onto(Finding finding, Resolved resolved) {
        ResourceRef top = resolved.owner();
        List<String> pods = new ArrayList<>(finding.pods());
        resolved.pod().filter(pod -> !pods.contains(pod)).ifPresent(pods::add);
        String cause = finding.causedBy();
        String suffix = "/" + finding.resource();
        if (cause != null && cause.endsWith(suffix)) {
            cause = cause.substring(0, cause.length() - suffix.length()) + "/" + top;
        }
        return new Finding(
                Finding.idFor(finding.category(), top),
                top.kind(),
                top.namespace(),
                top.name(),
                top,
                finding.category(),
                finding.summary(),
                finding.evidence(),
                finding.severity(),
                pods,
                cause);
    }

    /** A pod's top owner, the pod itself when it has none; empty when there is no such pod. */
    private Optional<Resolved> ofPod(String namespace, String pod) {
        ResourceRef ref = new ResourceRef("Pod", namespace, pod);
        return ownerOf(ref).map(owner -> new Resolved(top(owner.orElse(ref)), Optional.of(pod)));
    }

    private Optional<Resolved> ofWorkload(String namespace, String name) {
        return WORKLOAD_KINDS.stream()
                .map(kind -> new ResourceRef(kind, namespace, name))
                .filter(ref -> ownerOf(ref).isPresent())
                .findFirst()
                .map(ref -> new Resolved(top(ref), Optional.empty()));
    }

    /** Follows controllers up: a ReplicaSet to its Deployment, a Job to its CronJob. */
    private ResourceRef top(ResourceRef ref) {
        ResourceRef current = ref;
        for (int depth = 0; depth < 3 && isOwned(current.kind()); depth++) {
            Optional<Optional<ResourceRef>> owner = ownerOf(current);
            if (owner.isEmpty() || owner.get().isEmpty()) {
                break;
            }
            current = owner.get().get();
        }
        return current;
    }

    /** Empty when {@code ref} does not exist; else its controller, if it has one. Asked once per object. */
    private Optional<Optional<ResourceRef>> ownerOf(ResourceRef ref) {
        return owners.computeIfAbsent(ref, this::ask);
    }

    private Optional<Optional<ResourceRef>> ask(ResourceRef ref) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("kind", ref.kind());
        arguments.put("name", ref.name());
        arguments.put("namespace", ref.namespace());
        ToolResult result = eks.orElseThrow().call(ResourceChecks.TOOL, arguments);
        if (!result.ok()) {
            return Optional.empty();
        }
        return Optional.of(Controllers.of(result.text())
                .map(owner -> new ResourceRef(owner.kind(), ref.namespace(), owner.name())));
    }

    private static boolean isOwned(String kind) {
        return kind.equals("Pod") || kind.equals("ReplicaSet") || kind.equals("Job");
    }

    private static boolean isMetricAboutWorkload(Finding finding) {
        return finding.namespace() != null
                && (finding.kind().equals("Deployment") || finding.kind().equals("Pod"))
                && finding.evidence().stream().allMatch(e -> e.source() == Evidence.Source.METRIC);
    }

    /** Two series of one workload (two pods, each keyed by its own name) make one finding. */
    private static List<Finding> merged(List<Finding> findings) {
        Map<String, List<Finding>> byId = new LinkedHashMap<>();
        findings.forEach(
                f -> byId.computeIfAbsent(f.id(), id -> new ArrayList<>()).add(f));
        return byId.values().stream().map(MetricOwners::one).toList();
    }

    private static Finding one(List<Finding> same) {
        if (same.size() == 1) {
            return same.getFirst();
        }
        Finding worst =
                same.stream().min(Comparator.comparing(Finding::severity)).orElseThrow();
        List<Evidence> evidence =
                same.stream().flatMap(f -> f.evidence().stream()).distinct().toList();
        List<String> pods =
                same.stream().flatMap(f -> f.pods().stream()).distinct().toList();
        return new Finding(
                worst.id(),
                worst.kind(),
                worst.namespace(),
                worst.name(),
                worst.owner(),
                worst.category(),
                worst.summary() + " (" + same.size() + " pods alike)",
                evidence,
                worst.severity(),
                pods,
                worst.causedBy());
    }

    private record Resolved(ResourceRef owner, Optional<String> pod) {}
}
