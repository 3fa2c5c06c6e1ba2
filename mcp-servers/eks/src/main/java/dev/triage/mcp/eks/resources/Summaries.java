package dev.triage.mcp.eks.resources;

import dev.triage.mcp.eks.cluster.Ages;
import dev.triage.mcp.eks.events.EventLines;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.ResourceQuota;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Map;

/** One line per object: its name, the status fields that tell healthy from not, and its age. */
final class Summaries {

    private final KubernetesSerialization serialization;

    Summaries(KubernetesSerialization serialization) {
        this.serialization = serialization;
    }

    String line(HasMetadata object, SummaryContext context) {
        String fields = fields(object, context);
        String age = "age=" + Ages.since(object.getMetadata().getCreationTimestamp(), context.now());
        return name(object) + "  " + (fields.isEmpty() ? age : fields + " " + age);
    }

    private String fields(HasMetadata object, SummaryContext context) {
        return switch (object) {
            case Pod pod -> PodSummary.of(pod);
            case Deployment deployment -> WorkloadSummaries.of(deployment);
            case ReplicaSet replicaSet -> WorkloadSummaries.of(replicaSet);
            case StatefulSet statefulSet -> WorkloadSummaries.of(statefulSet);
            case DaemonSet daemonSet -> WorkloadSummaries.of(daemonSet);
            case HorizontalPodAutoscaler autoscaler -> WorkloadSummaries.of(autoscaler);
            case Job job -> BatchSummaries.of(job);
            case CronJob cronJob -> BatchSummaries.of(cronJob, context);
            case Service service -> NetworkSummaries.of(service, context);
            case Endpoints endpoints -> NetworkSummaries.of(endpoints);
            case Ingress ingress -> NetworkSummaries.of(ingress);
            case PersistentVolumeClaim claim -> StorageSummaries.of(claim);
            case PersistentVolume volume -> StorageSummaries.of(volume);
            case Node node -> ClusterSummaries.of(node);
            case Namespace namespace -> ClusterSummaries.of(namespace);
            case ResourceQuota quota -> ClusterSummaries.of(quota);
            case ConfigMap configMap -> ClusterSummaries.of(configMap);
            case Secret secret -> ClusterSummaries.of(secret);
            case Event event -> EventLines.fields(event, context.now());
            default -> generic(serialization.convertValue(object, Map.class));
        };
    }

    /** An object of no typed kind; a Secret reached this way still shows its key names only. */
    private static String generic(Map<?, ?> tree) {
        if (ReturnedObjects.isSecret(tree)) {
            return "keys=" + SecretView.of(tree).get("keys");
        }
        return GenericSummary.of(tree);
    }

    private static String name(HasMetadata object) {
        String namespace = object.getMetadata().getNamespace();
        return namespace == null
                ? object.getMetadata().getName()
                : namespace + "/" + object.getMetadata().getName();
    }
}
