package dev.triage.kubernetes.capture;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.List;
import java.util.function.BiFunction;

/** The namespaced kinds a capture lists, each once per namespace, and the file each is written to. */
enum CapturedKind {
    PODS("pods", (client, ns) -> client.pods().inNamespace(ns).list().getItems()),
    DEPLOYMENTS(
            "deployments",
            (client, ns) -> client.apps().deployments().inNamespace(ns).list().getItems()),
    REPLICA_SETS(
            "replicasets",
            (client, ns) -> client.apps().replicaSets().inNamespace(ns).list().getItems()),
    STATEFUL_SETS(
            "statefulsets",
            (client, ns) -> client.apps().statefulSets().inNamespace(ns).list().getItems()),
    DAEMON_SETS(
            "daemonsets",
            (client, ns) -> client.apps().daemonSets().inNamespace(ns).list().getItems()),
    JOBS(
            "jobs",
            (client, ns) -> client.batch().v1().jobs().inNamespace(ns).list().getItems()),
    CRON_JOBS(
            "cronjobs",
            (client, ns) ->
                    client.batch().v1().cronjobs().inNamespace(ns).list().getItems()),
    SERVICES(
            "services", (client, ns) -> client.services().inNamespace(ns).list().getItems()),
    ENDPOINTS(
            "endpoints",
            (client, ns) -> client.endpoints().inNamespace(ns).list().getItems()),
    ENDPOINT_SLICES("endpointslices", (client, ns) -> client.discovery()
            .v1()
            .endpointSlices()
            .inNamespace(ns)
            .list()
            .getItems()),
    PERSISTENT_VOLUME_CLAIMS(
            "persistentvolumeclaims",
            (client, ns) ->
                    client.persistentVolumeClaims().inNamespace(ns).list().getItems()),
    INGRESSES(
            "ingresses",
            (client, ns) ->
                    client.network().v1().ingresses().inNamespace(ns).list().getItems()),
    CONFIG_MAPS(
            "configmaps",
            (client, ns) -> client.configMaps().inNamespace(ns).list().getItems()),
    SECRETS("secrets", (client, ns) -> client.secrets().inNamespace(ns).list().getItems()),
    RESOURCE_QUOTAS(
            "resourcequotas",
            (client, ns) -> client.resourceQuotas().inNamespace(ns).list().getItems()),
    LIMIT_RANGES(
            "limitranges",
            (client, ns) -> client.limitRanges().inNamespace(ns).list().getItems()),
    HORIZONTAL_POD_AUTOSCALERS("horizontalpodautoscalers", (client, ns) -> client.autoscaling()
            .v2()
            .horizontalPodAutoscalers()
            .inNamespace(ns)
            .list()
            .getItems()),
    SERVICE_ACCOUNTS(
            "serviceaccounts",
            (client, ns) -> client.serviceAccounts().inNamespace(ns).list().getItems()),
    POD_DISRUPTION_BUDGETS("poddisruptionbudgets", (client, ns) -> client.policy()
            .v1()
            .podDisruptionBudget()
            .inNamespace(ns)
            .list()
            .getItems()),
    EVENTS("events", (client, ns) -> client.v1().events().inNamespace(ns).list().getItems());

    private final String file;
    private final BiFunction<KubernetesClient, String, List<? extends HasMetadata>> lister;

    CapturedKind(String file, BiFunction<KubernetesClient, String, List<? extends HasMetadata>> lister) {
        this.file = file;
        this.lister = lister;
    }

    String file() {
        return file;
    }

    List<? extends HasMetadata> list(KubernetesClient client, String namespace) {
        return lister.apply(client, namespace);
    }
}
