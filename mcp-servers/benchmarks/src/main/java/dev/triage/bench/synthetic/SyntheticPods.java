package dev.triage.bench.synthetic;

import static dev.triage.bench.synthetic.SyntheticNames.ago;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.ContainerStatusBuilder;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.PodConditionBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** A synthetic Deployment's pods, their events and the one log its diagnosis quotes. */
final class SyntheticPods {

    private final SyntheticNames names;
    private final SyntheticFailure failure;
    private final List<Node> nodes;

    SyntheticPods(SyntheticNames names, SyntheticFailure failure, List<Node> nodes) {
        this.names = names;
        this.failure = failure;
        this.nodes = nodes;
    }

    List<Pod> of(ReplicaSet replicaSet) {
        List<Pod> pods = new ArrayList<>();
        for (int replica = 0; replica < SyntheticCluster.REPLICAS; replica++) {
            pods.add(failure == null ? healthy(replicaSet, replica) : failing(replicaSet, replica));
        }
        return pods;
    }

    /** A warning per failing pod; a start event for every fifth healthy one, as a busy cluster has. */
    List<Event> events(List<Pod> pods) {
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < pods.size(); i++) {
            String pod = pods.get(i).getMetadata().getName();
            if (failure != null) {
                events.add(event(
                        pods.get(i),
                        "Warning",
                        failure.eventReason,
                        failure.eventMessage(pod, names.image(), nodes.size())));
            } else if (i % 5 == 0) {
                events.add(event(pods.get(i), "Normal", "Started", "Started container app"));
            }
        }
        return events;
    }

    /** The previous log of each crash-looping pod: the diagnosis quotes one. */
    List<SyntheticLog> logs() {
        if (failure != SyntheticFailure.CRASH_LOOP) {
            return List.of();
        }
        String log = "2026-11-21T09:40:01Z INFO starting " + names.name() + "\n"
                + "2026-11-21T09:40:02Z FATAL: environment variable DATABASE_URL is not set; refusing to start\n";
        return IntStream.range(0, SyntheticCluster.REPLICAS)
                .mapToObj(replica -> new SyntheticLog(names.namespace(), names.podName(replica), "app", log))
                .toList();
    }

    private Pod healthy(ReplicaSet replicaSet, int replica) {
        return base(replicaSet, replica, true)
                .withNewStatus()
                .withPhase("Running")
                .withPodIP(names.podIp(replica))
                .addToConditions(new PodConditionBuilder()
                        .withType("Ready")
                        .withStatus("True")
                        .build())
                .addToContainerStatuses(healthyContainer(replica))
                .endStatus()
                .build();
    }

    private Pod failing(ReplicaSet replicaSet, int replica) {
        boolean scheduled = failure.isScheduled();
        var status = base(replicaSet, replica, scheduled)
                .withNewStatus()
                .withPhase(failure.phase())
                .withConditions(failure.conditions(nodes.size()));
        if (scheduled) {
            status.withPodIP(names.podIp(replica))
                    .addToContainerStatuses(failure.status(names.image(), ago(Duration.ofMinutes(2))));
        }
        return status.endStatus().build();
    }

    private PodBuilder base(ReplicaSet replicaSet, int replica, boolean scheduled) {
        String pod = names.podName(replica);
        Node node = nodes.get((names.index() * SyntheticCluster.REPLICAS + replica) % nodes.size());
        return new PodBuilder()
                .withNewMetadata()
                .withName(pod)
                .withNamespace(names.namespace())
                .withUid(names.uid("Pod", pod))
                .withLabels(replicaSet.getSpec().getTemplate().getMetadata().getLabels())
                .withOwnerReferences(SyntheticWorkload.owner(replicaSet))
                .withCreationTimestamp(ago(Duration.ofHours(3)))
                .endMetadata()
                .withSpec(replicaSet.getSpec().getTemplate().getSpec())
                .editSpec()
                .withNodeName(scheduled ? node.getMetadata().getName() : null)
                .endSpec();
    }

    /** Every seventh Deployment's first pod restarted once, two days ago: history, not a finding. */
    private ContainerStatus healthyContainer(int replica) {
        ContainerStatusBuilder status = new ContainerStatusBuilder()
                .withName("app")
                .withImage(names.image())
                .withReady(true)
                .withRestartCount(0)
                .withNewState()
                .withNewRunning()
                .withStartedAt(ago(Duration.ofHours(3)))
                .endRunning()
                .endState();
        if (names.index() % 7 == 0 && replica == 0) {
            status.withRestartCount(1)
                    .withNewLastState()
                    .withNewTerminated()
                    .withReason("Error")
                    .withExitCode(1)
                    .withFinishedAt(ago(Duration.ofDays(2)))
                    .endTerminated()
                    .endLastState();
        }
        return status.build();
    }

    private Event event(Pod pod, String type, String reason, String message) {
        String name = pod.getMetadata().getName();
        return new EventBuilder()
                .withNewMetadata()
                .withName(name + "." + SyntheticNames.token(name.hashCode(), 16))
                .withNamespace(names.namespace())
                .endMetadata()
                .withNewInvolvedObject()
                .withKind("Pod")
                .withNamespace(names.namespace())
                .withName(name)
                .withUid(pod.getMetadata().getUid())
                .withFieldPath("spec.containers{app}")
                .endInvolvedObject()
                .withType(type)
                .withReason(reason)
                .withMessage(message)
                .withCount(3)
                .withFirstTimestamp(ago(Duration.ofMinutes(30)))
                .withLastTimestamp(ago(Duration.ofMinutes(1)))
                .build();
    }
}
