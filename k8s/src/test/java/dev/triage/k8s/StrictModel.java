package dev.triage.k8s;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.internal.KubernetesDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Kubernetes YAML into fabric8's typed model and refuses anything the model does not know. fabric8's classes
 * keep unknown fields in an {@code additionalProperties} map (its {@code @JsonAnySetter}); here that is switched off,
 * so a misspelt or misplaced field ({@code runAsNonroot}, {@code resources} under the pod spec) fails with its name,
 * as {@code kubectl apply --validate=strict} would on a real API server. A kind the model has no class for is refused
 * too (fabric8 would read it as a {@code GenericKubernetesResource}).
 */
final class StrictModel {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .setAnnotationIntrospector(new NoAnySetters())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    /** fabric8's own table of apiVersion + kind to model class. */
    private static final KubernetesDeserializer KINDS = new KubernetesDeserializer();

    private StrictModel() {}

    /** Every document of a multi-document YAML stream, each as its typed fabric8 object. */
    static List<HasMetadata> parseAll(String yaml) {
        List<HasMetadata> objects = new ArrayList<>();
        try (MappingIterator<JsonNode> documents =
                YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (documents.hasNext()) {
                JsonNode document = documents.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    objects.add(parse(document));
                }
            }
        } catch (IOException e) {
            throw new AssertionError("not YAML: " + e.getMessage(), e);
        }
        return objects;
    }

    static HasMetadata parse(JsonNode document) {
        String apiVersion = document.path("apiVersion").asText();
        String kind = document.path("kind").asText();
        String what = kind + " " + document.path("metadata").path("name").asText("?");
        Class<? extends KubernetesResource> type = KINDS.getRegisteredKind(apiVersion, kind);
        if (type == null || type == GenericKubernetesResource.class || !HasMetadata.class.isAssignableFrom(type)) {
            throw new AssertionError(what + ": " + apiVersion + " " + kind + " is not a kind fabric8's model knows");
        }
        try {
            return (HasMetadata) YAML.treeToValue(document, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(what + " does not fit fabric8's model: " + e.getOriginalMessage(), e);
        }
    }

    /** The annotations as fabric8 declares them, less the any-setter that would swallow unknown fields. */
    private static final class NoAnySetters extends JacksonAnnotationIntrospector {
        @Override
        public Boolean hasAnySetter(Annotated annotated) {
            return Boolean.FALSE;
        }
    }
}
