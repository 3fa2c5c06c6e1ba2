package dev.triage.mcp.eks.resources;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.LimitRange;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.storage.StorageClass;
import java.util.List;
import java.util.Optional;

/** The built-in kinds served with typed status summaries; any other kind goes through API discovery. */
final class KindCatalog {

    static final List<KnownKind> KINDS = List.of(
            new KnownKind(Pod.class, List.of("po")),
            new KnownKind(Deployment.class, List.of("deploy")),
            new KnownKind(ReplicaSet.class, List.of("rs")),
            new KnownKind(StatefulSet.class, List.of("sts")),
            new KnownKind(DaemonSet.class, List.of("ds")),
            new KnownKind(Job.class, List.of()),
            new KnownKind(CronJob.class, List.of("cj")),
            new KnownKind(Service.class, List.of("svc")),
            new KnownKind(Endpoints.class, List.of("ep")),
            new KnownKind(Ingress.class, List.of("ing")),
            new KnownKind(ConfigMap.class, List.of("cm")),
            new KnownKind(Secret.class, List.of()),
            new KnownKind(PersistentVolumeClaim.class, List.of("pvc")),
            new KnownKind(PersistentVolume.class, List.of("pv")),
            new KnownKind(StorageClass.class, List.of("sc")),
            new KnownKind(Node.class, List.of("no")),
            new KnownKind(Namespace.class, List.of("ns")),
            new KnownKind(Event.class, List.of("ev")),
            new KnownKind(HorizontalPodAutoscaler.class, List.of("hpa")),
            new KnownKind(ResourceQuota.class, List.of("quota")),
            new KnownKind(LimitRange.class, List.of("limits")),
            new KnownKind(ServiceAccount.class, List.of("sa")),
            new KnownKind(PodDisruptionBudget.class, List.of("pdb")),
            new KnownKind(NetworkPolicy.class, List.of("netpol")));

    private KindCatalog() {}

    /** The built-in kind called {@code name}, when {@code apiVersion} is absent or is that kind's. */
    static Optional<KnownKind> find(String name, Optional<String> apiVersion) {
        return KINDS.stream()
                .filter(known -> known.isCalled(name))
                .filter(known -> apiVersion.map(known.apiVersion()::equals).orElse(true))
                .findFirst();
    }
}
