package dev.triage.kubernetes.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.Pluralize;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.dsl.base.CustomResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.ApiVersionUtil;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Puts snapshot objects into the mock server's CRUD store as they are. A POST would do too, but it rewrites
 * creationTimestamp, uid and resourceVersion (ages matter to a diagnosis) and scans the whole store for each
 * object (quadratic for a big snapshot); the store's own event hook inserts in constant time.
 */
final class ClusterStore {

    private final KubernetesCrudDispatcher crud;
    private final KubernetesSerialization serialization;
    private final Instant capturedAt;
    private final Set<String> registeredKinds = new HashSet<>();

    ClusterStore(KubernetesCrudDispatcher crud, KubernetesSerialization serialization, Instant capturedAt) {
        this.crud = crud;
        this.serialization = serialization;
        this.capturedAt = capturedAt;
    }

    /** Objects made in code: each is converted to the store's form. */
    void load(List<HasMetadata> objects) {
        objects.forEach(object -> put(object, object));
        putMissingNamespaces(objects);
    }

    /**
     * Objects read from files: each is stored from the tree it was read from, which costs half of converting the
     * typed object back (the models' serializers are not even built), and gives the same resource.
     */
    void loadParsed(List<ParsedObject> parsed) {
        parsed.forEach(object -> put(object.object(), modelled(object)));
        putMissingNamespaces(parsed.stream().map(ParsedObject::object).toList());
    }

    /**
     * The tree as the typed object would serialize: a model leaves out null fields and empty lists (an API server's
     * {@code creationTimestamp: null} in a pod template, say), so they go; a kind without a model (a custom
     * resource) is generic either way, and stays as written.
     */
    private static JsonNode modelled(ParsedObject parsed) {
        if (!(parsed.object() instanceof GenericKubernetesResource)) {
            dropNullsAndEmptyLists(parsed.tree());
        }
        return parsed.tree();
    }

    private static void dropNullsAndEmptyLists(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(field -> field.getValue().isNull() || isEmptyList(field.getValue()));
        }
        node.forEach(ClusterStore::dropNullsAndEmptyLists);
    }

    private static boolean isEmptyList(JsonNode node) {
        return node.isArray() && node.isEmpty();
    }

    private void putMissingNamespaces(List<HasMetadata> objects) {
        missingNamespaces(objects).forEach(name -> {
            Namespace namespace = activeNamespace(name);
            put(namespace, namespace);
        });
    }

    /** Objects may name a namespace the snapshot has no Namespace object for; the API server would have one. */
    private static Set<String> missingNamespaces(List<HasMetadata> objects) {
        Set<String> missing = new TreeSet<>();
        objects.stream()
                .map(object -> object.getMetadata().getNamespace())
                .filter(Objects::nonNull)
                .forEach(missing::add);
        objects.stream()
                .filter(Namespace.class::isInstance)
                .map(namespace -> namespace.getMetadata().getName())
                .forEach(missing::remove);
        return missing;
    }

    private static Namespace activeNamespace(String name) {
        return new NamespaceBuilder()
                .withNewMetadata()
                .withName(name)
                .endMetadata()
                .withNewStatus()
                .withPhase("Active")
                .endStatus()
                .build();
    }

    /** {@code content}: the object itself, or the tree it was read from. */
    private void put(HasMetadata object, Object content) {
        GenericKubernetesResource stored = serialization.convertValue(content, GenericKubernetesResource.class);
        completeMetadata(stored);
        String path = collectionPath(object);
        crud.processEvent(path, crud.getKey(path), null, stored, serialization.asJson(stored));
    }

    /**
     * The API server always sets these, and the store's updates rely on them. A snapshot object without a
     * creationTimestamp gets the capture time: nothing says it is older.
     */
    private void completeMetadata(GenericKubernetesResource object) {
        ObjectMeta metadata = object.getMetadata();
        if (metadata.getUid() == null) {
            String identity = object.getApiVersion() + "/" + object.getKind() + "/" + metadata.getNamespace() + "/"
                    + metadata.getName();
            metadata.setUid(UUID.nameUUIDFromBytes(identity.getBytes(StandardCharsets.UTF_8))
                    .toString());
        }
        if (metadata.getCreationTimestamp() == null) {
            metadata.setCreationTimestamp(capturedAt.toString());
        }
        if (metadata.getResourceVersion() == null) {
            metadata.setResourceVersion(String.valueOf(crud.requestResourceVersion()));
        }
        if (metadata.getGeneration() == null) {
            metadata.setGeneration(1L);
        }
    }

    private String collectionPath(HasMetadata object) {
        String apiVersion = object.getApiVersion();
        String group = ApiVersionUtil.trimGroupOrNull(apiVersion);
        String version = ApiVersionUtil.trimVersion(apiVersion);
        String namespace = object.getMetadata().getNamespace();
        String plural = plural(object, group, version, namespace != null);
        return (group == null ? "/api/" + version : "/apis/" + group + "/" + version)
                + (namespace == null ? "" : "/namespaces/" + namespace)
                + "/" + plural;
    }

    /** Kinds fabric8 has no class for are announced to API discovery, so generic clients can find them. */
    private String plural(HasMetadata object, String group, String version, boolean namespaced) {
        if (!(object instanceof GenericKubernetesResource)) {
            return object.getPlural();
        }
        String kind = object.getKind();
        String plural = Pluralize.toPlural(kind.toLowerCase(Locale.ROOT));
        if (registeredKinds.add(object.getApiVersion() + "/" + kind)) {
            crud.expectCustomResource(new CustomResourceDefinitionContext.Builder()
                    .withGroup(Objects.requireNonNullElse(group, ""))
                    .withVersion(version)
                    .withKind(kind)
                    .withPlural(plural)
                    .withScope(namespaced ? "Namespaced" : "Cluster")
                    .build());
        }
        return plural;
    }
}
