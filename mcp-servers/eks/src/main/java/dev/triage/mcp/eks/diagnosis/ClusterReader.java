package dev.triage.mcp.eks.diagnosis;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.NonNamespaceOperation;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** Lists every kind the analyzers read exactly once: in one namespace, or in all namespaces with one call. */
final class ClusterReader {

    private static final System.Logger LOG = System.getLogger(ClusterReader.class.getName());

    private final KubernetesClient client;
    private final ApiCalls calls;
    private final Set<String> unreadable = new HashSet<>();

    ClusterReader(KubernetesClient client, ApiCalls calls) {
        this.client = client;
        this.calls = calls;
    }

    ClusterState read(String namespace) {
        List<HasMetadata> objects = new ArrayList<>();
        objects.addAll(list("pods", client.pods(), namespace));
        objects.addAll(list("deployments", client.apps().deployments(), namespace));
        objects.addAll(list("replicasets", client.apps().replicaSets(), namespace));
        objects.addAll(list("statefulsets", client.apps().statefulSets(), namespace));
        objects.addAll(list("daemonsets", client.apps().daemonSets(), namespace));
        objects.addAll(list("jobs", client.batch().v1().jobs(), namespace));
        objects.addAll(list("cronjobs", client.batch().v1().cronjobs(), namespace));
        objects.addAll(list("services", client.services(), namespace));
        objects.addAll(list("endpoints", client.endpoints(), namespace));
        objects.addAll(list("endpointslices", client.discovery().v1().endpointSlices(), namespace));
        objects.addAll(list("persistentvolumeclaims", client.persistentVolumeClaims(), namespace));
        objects.addAll(list("ingresses", client.network().v1().ingresses(), namespace));
        objects.addAll(list("events", client.v1().events(), namespace));
        objects.addAll(list("configmaps", client.configMaps(), namespace));
        objects.addAll(list("secrets", client.secrets(), namespace).stream()
                .map(ClusterReader::nameOnly)
                .toList());
        objects.addAll(listClusterScoped("nodes", client.nodes()));
        objects.addAll(listClusterScoped("ingressclasses", client.network().v1().ingressClasses()));
        return ClusterState.of(namespace, objects, unreadable, placedPods(namespace, objects));
    }

    /**
     * Every namespace's pods, read only when one namespace is diagnosed and a pod in it cannot be scheduled: what the
     * nodes already run decides whether it fits, whatever namespace that is in.
     */
    private Optional<List<Pod>> placedPods(String namespace, List<HasMetadata> objects) {
        boolean unschedulable = objects.stream()
                .filter(Pod.class::isInstance)
                .map(Pod.class::cast)
                .anyMatch(p -> PodStatuses.condition(p, "PodScheduled")
                        .filter(c -> "Unschedulable".equals(c.getReason()))
                        .isPresent());
        if (namespace == null || !unschedulable) {
            return Optional.empty();
        }
        return Optional.of(attempt(
                "pods in all namespaces",
                () -> client.pods().inAnyNamespace().list().getItems()));
    }

    private <T extends HasMetadata, L extends KubernetesResourceList<T>> List<T> list(
            String kind, MixedOperation<T, L, ?> operation, String namespace) {
        return attempt(
                kind,
                () -> namespace == null
                        ? operation.inAnyNamespace().list().getItems()
                        : operation.inNamespace(namespace).list().getItems());
    }

    private <T extends HasMetadata, L extends KubernetesResourceList<T>> List<T> listClusterScoped(
            String kind, NonNamespaceOperation<T, L, ?> operation) {
        return attempt(kind, () -> operation.list().getItems());
    }

    /**
     * A kind the credentials may not read (RBAC) or the cluster does not serve is skipped, so one missing
     * permission costs one analyzer, not the diagnosis; other failures (unreachable API) are the caller's to report.
     */
    private <T> List<T> attempt(String kind, Supplier<List<T>> call) {
        calls.add();
        try {
            return call.get();
        } catch (KubernetesClientException e) {
            if (e.getCode() == HttpURLConnection.HTTP_FORBIDDEN || e.getCode() == HttpURLConnection.HTTP_NOT_FOUND) {
                LOG.log(System.Logger.Level.WARNING, "Skipping {0}: HTTP {1}", kind, e.getCode());
                unreadable.add(kind);
                return List.of();
            }
            throw e;
        }
    }

    /** Only a Secret's existence matters to the analyzers; its values are dropped as soon as they arrive. */
    private static Secret nameOnly(Secret secret) {
        return new SecretBuilder()
                .withNewMetadata()
                .withName(secret.getMetadata().getName())
                .withNamespace(secret.getMetadata().getNamespace())
                .withUid(secret.getMetadata().getUid())
                .endMetadata()
                .build();
    }
}
