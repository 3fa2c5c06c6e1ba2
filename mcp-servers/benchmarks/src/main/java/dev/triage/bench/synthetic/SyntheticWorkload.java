package dev.triage.bench.synthetic;

import static dev.triage.bench.synthetic.SyntheticNames.ago;

import io.fabric8.kubernetes.api.model.EndpointAddress;
import io.fabric8.kubernetes.api.model.EndpointAddressBuilder;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.EndpointsBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.ReplicaSetBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One synthetic Deployment with everything a cluster keeps about it; healthy unless given a failure. */
final class SyntheticWorkload {

    private final SyntheticNames names;
    private final SyntheticFailure failure;
    private final SyntheticPods pods;

    SyntheticWorkload(SyntheticNames names, SyntheticFailure failure, List<Node> nodes) {
        this.names = names;
        this.failure = failure;
        this.pods = new SyntheticPods(names, failure, nodes);
    }

    List<HasMetadata> objects() {
        Deployment deployment = deployment();
        ReplicaSet replicaSet = replicaSet(deployment);
        List<Pod> replicas = pods.of(replicaSet);
        List<HasMetadata> objects = new ArrayList<>(List.of(deployment, replicaSet, service(), endpoints(replicas)));
        objects.addAll(replicas);
        objects.addAll(pods.events(replicas));
        return objects;
    }

    List<SyntheticLog> logs() {
        return pods.logs();
    }

    static OwnerReference owner(HasMetadata owner) {
        return new OwnerReferenceBuilder()
                .withApiVersion("apps/v1")
                .withKind(owner.getKind())
                .withName(owner.getMetadata().getName())
                .withUid(owner.getMetadata().getUid())
                .withController(true)
                .withBlockOwnerDeletion(true)
                .build();
    }

    private int ready() {
        return failure == null ? SyntheticCluster.REPLICAS : 0;
    }

    private Deployment deployment() {
        return new DeploymentBuilder()
                .withNewMetadata()
                .withName(names.name())
                .withNamespace(names.namespace())
                .withUid(names.uid("Deployment", names.name()))
                .addToLabels("app", names.name())
                .withCreationTimestamp(ago(Duration.ofDays(20)))
                .endMetadata()
                .withNewSpec()
                .withReplicas(SyntheticCluster.REPLICAS)
                .withNewSelector()
                .addToMatchLabels("app", names.name())
                .endSelector()
                .withTemplate(template(Map.of("app", names.name())))
                .endSpec()
                .withNewStatus()
                .withReplicas(SyntheticCluster.REPLICAS)
                .withUpdatedReplicas(SyntheticCluster.REPLICAS)
                .withReadyReplicas(ready())
                .withAvailableReplicas(ready())
                .withUnavailableReplicas(SyntheticCluster.REPLICAS - ready())
                .addNewCondition()
                .withType("Progressing")
                .withStatus("True")
                .withReason("NewReplicaSetAvailable")
                .endCondition()
                .endStatus()
                .build();
    }

    private ReplicaSet replicaSet(Deployment deployment) {
        String name = names.name() + "-" + names.hash();
        Map<String, String> labels = Map.of("app", names.name(), "pod-template-hash", names.hash());
        return new ReplicaSetBuilder()
                .withNewMetadata()
                .withName(name)
                .withNamespace(names.namespace())
                .withUid(names.uid("ReplicaSet", name))
                .withLabels(labels)
                .withOwnerReferences(owner(deployment))
                .endMetadata()
                .withNewSpec()
                .withReplicas(SyntheticCluster.REPLICAS)
                .withNewSelector()
                .withMatchLabels(labels)
                .endSelector()
                .withTemplate(template(labels))
                .endSpec()
                .withNewStatus()
                .withReplicas(SyntheticCluster.REPLICAS)
                .withReadyReplicas(ready())
                .withAvailableReplicas(ready())
                .endStatus()
                .build();
    }

    private Service service() {
        return new ServiceBuilder()
                .withNewMetadata()
                .withName(names.name())
                .withNamespace(names.namespace())
                .withUid(names.uid("Service", names.name()))
                .endMetadata()
                .withNewSpec()
                .withType("ClusterIP")
                .addToSelector("app", names.name())
                .addNewPort()
                .withPort(80)
                .withNewTargetPort(8080)
                .withProtocol("TCP")
                .endPort()
                .endSpec()
                .build();
    }

    /** Ready addresses for a healthy Deployment, not-ready ones for a failing one, none for unscheduled pods. */
    private Endpoints endpoints(List<Pod> replicas) {
        List<EndpointAddress> addresses = replicas.stream()
                .filter(p -> p.getStatus().getPodIP() != null)
                .map(p -> new EndpointAddressBuilder()
                        .withIp(p.getStatus().getPodIP())
                        .withNodeName(p.getSpec().getNodeName())
                        .build())
                .toList();
        EndpointsBuilder endpoints = new EndpointsBuilder()
                .withNewMetadata()
                .withName(names.name())
                .withNamespace(names.namespace())
                .endMetadata();
        if (!addresses.isEmpty()) {
            endpoints
                    .addNewSubset()
                    .addNewPort()
                    .withPort(8080)
                    .endPort()
                    .withAddresses(failure == null ? addresses : List.of())
                    .withNotReadyAddresses(failure == null ? List.of() : addresses)
                    .endSubset();
        }
        return endpoints.build();
    }

    private PodTemplateSpec template(Map<String, String> labels) {
        return new PodTemplateSpecBuilder()
                .withNewMetadata()
                .withLabels(labels)
                .endMetadata()
                .withNewSpec()
                .addNewContainer()
                .withName("app")
                .withImage(names.image())
                .withNewResources()
                .addToRequests("memory", new Quantity("256Mi"))
                .addToLimits("memory", new Quantity("256Mi"))
                .endResources()
                .endContainer()
                .endSpec()
                .build();
    }
}
