package dev.triage.mcp.eks.resources;

import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.api.model.ListOptions;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import java.util.Optional;

/**
 * A kind resolved for one call: built-in kinds as typed objects, anything else (custom resources) through the API
 * server's discovery as generic objects.
 */
final class ResolvedKind {

    private final String kind;
    private final String apiVersion;
    private final String plural;
    private final boolean namespaced;
    private final MixedOperation<
                    ? extends HasMetadata,
                    ? extends KubernetesResourceList<? extends HasMetadata>,
                    ? extends Resource<? extends HasMetadata>>
            operation;

    private ResolvedKind(
            String kind,
            String apiVersion,
            String plural,
            boolean namespaced,
            MixedOperation<
                            ? extends HasMetadata,
                            ? extends KubernetesResourceList<? extends HasMetadata>,
                            ? extends Resource<? extends HasMetadata>>
                    operation) {
        this.kind = kind;
        this.apiVersion = apiVersion;
        this.plural = plural;
        this.namespaced = namespaced;
        this.operation = operation;
    }

    /** The kind called {@code name}, or why there is none. */
    static Resolution resolve(KubernetesClient client, String name, Optional<String> apiVersion) {
        Optional<KnownKind> known = KindCatalog.find(name, apiVersion);
        if (known.isPresent()) {
            KnownKind k = known.get();
            return new Resolution.Found(
                    new ResolvedKind(k.kind(), k.apiVersion(), k.plural(), k.namespaced(), client.resources(k.type())));
        }
        if (apiVersion.isEmpty()) {
            return new Resolution.Unknown("kind '" + name + "' is not a built-in kind; pass api_version for a custom "
                    + "resource (list_api_versions shows what the cluster serves)");
        }
        return discover(client, name, apiVersion.get());
    }

    private static Resolution discover(KubernetesClient client, String name, String apiVersion) {
        var resources = client.getApiResources(apiVersion);
        Optional<APIResource> found = resources == null
                ? Optional.empty()
                : resources.getResources().stream()
                        .filter(resource -> !resource.getName().contains("/"))
                        .filter(resource -> resource.getKind().equalsIgnoreCase(name)
                                || resource.getName().equalsIgnoreCase(name))
                        .findFirst();
        if (found.isEmpty()) {
            return new Resolution.Unknown("the cluster serves no kind '" + name + "' in " + apiVersion
                    + " (list_api_versions shows what it serves)");
        }
        APIResource resource = found.get();
        var context = ResourceDefinitionContext.fromApiResource(apiVersion, resource);
        return new Resolution.Found(new ResolvedKind(
                resource.getKind(),
                apiVersion,
                resource.getName(),
                Boolean.TRUE.equals(resource.getNamespaced()),
                client.genericKubernetesResources(context)));
    }

    sealed interface Resolution {
        record Found(ResolvedKind kind) implements Resolution {}

        record Unknown(String reason) implements Resolution {}
    }

    String kind() {
        return kind;
    }

    String apiVersion() {
        return apiVersion;
    }

    boolean namespaced() {
        return namespaced;
    }

    /** One page of objects; {@code namespace} empty means all namespaces (ignored for cluster-scoped kinds). */
    KubernetesResourceList<? extends HasMetadata> list(Optional<String> namespace, ListOptions options) {
        if (!namespaced) {
            return operation.list(options);
        }
        return namespace.isPresent()
                ? operation.inNamespace(namespace.get()).list(options)
                : operation.inAnyNamespace().list(options);
    }

    Optional<HasMetadata> get(String namespace, String name) {
        HasMetadata found = namespaced
                ? operation.inNamespace(namespace).withName(name).get()
                : operation.withName(name).get();
        return Optional.ofNullable(found);
    }

    /** The API server's wording for a missing object, e.g. {@code deployments.apps "cart" not found}. */
    String notFound(String namespace, String name) {
        String group = apiVersion.contains("/") ? "." + apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        String where = namespaced ? " in namespace \"" + namespace + "\"" : "";
        return plural + group + " \"" + name + "\" not found" + where;
    }
}
