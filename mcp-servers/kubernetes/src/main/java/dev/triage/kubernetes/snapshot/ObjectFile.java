package dev.triage.kubernetes.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One object file of a snapshot: a single object, multi-document YAML, or a List of objects. */
final class ObjectFile {

    private static final ObjectMapper YAML = new YAMLMapper();
    private static final ObjectMapper JSON = new JsonMapper();

    private final Path file;
    private final KubernetesSerialization serialization;
    private final List<ParsedObject> objects = new ArrayList<>();

    private ObjectFile(Path file, KubernetesSerialization serialization) {
        this.file = file;
        this.serialization = serialization;
    }

    static List<ParsedObject> read(Path file, KubernetesSerialization serialization) {
        ObjectFile reader = new ObjectFile(file, serialization);
        reader.readDocuments();
        return List.copyOf(reader.objects);
    }

    private void readDocuments() {
        ObjectMapper mapper = file.getFileName().toString().endsWith(".json") ? JSON : YAML;
        int document = 0;
        try (MappingIterator<JsonNode> documents =
                mapper.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (documents.hasNextValue()) {
                JsonNode node = documents.nextValue();
                document++;
                addDocument(node, "document " + document);
            }
        } catch (JsonProcessingException e) {
            throw fail("document " + (document + 1), "not valid YAML/JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SnapshotException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private void addDocument(JsonNode node, String where) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return; // an empty document, e.g. after a trailing '---'
        }
        String kind = requireObject(node, where).path("kind").asText("");
        if (kind.endsWith("List") && node.path("items").isArray()) {
            addList(node, kind, where);
        } else {
            objects.add(toObject(node, where));
        }
    }

    /** Items of a typed list (PodList) may omit kind and apiVersion, as the API server sends them. */
    private void addList(JsonNode list, String listKind, String where) {
        String itemKind = listKind.equals("List") ? null : listKind.substring(0, listKind.length() - "List".length());
        int index = 0;
        for (JsonNode item : list.path("items")) {
            String itemWhere = where + ", item " + index++;
            ObjectNode object = requireObject(item, itemWhere);
            if (itemKind != null && !object.hasNonNull("kind")) {
                object.put("kind", itemKind);
                object.set("apiVersion", list.get("apiVersion"));
            }
            objects.add(toObject(object, itemWhere));
        }
    }

    private ParsedObject toObject(JsonNode node, String where) {
        for (String field : List.of("kind", "apiVersion")) {
            if (node.path(field).asText("").isBlank()) {
                throw fail(where, "object has no " + field, null);
            }
        }
        if (node.path("metadata").path("name").asText("").isBlank()) {
            throw fail(where, node.get("kind").asText() + " has no metadata.name", null);
        }
        KubernetesResource resource;
        try {
            resource = serialization.convertValue(node, KubernetesResource.class);
        } catch (IllegalArgumentException e) {
            throw fail(where, node.get("kind").asText() + " does not match its schema: " + e.getMessage(), e);
        }
        return defaultNamespace(new ParsedObject((HasMetadata) resource, node));
    }

    /** A namespaced object written without a namespace lands in "default", as kubectl apply would put it. */
    private static ParsedObject defaultNamespace(ParsedObject parsed) {
        HasMetadata object = parsed.object();
        if (object instanceof Namespaced && object.getMetadata().getNamespace() == null) {
            object.getMetadata().setNamespace("default");
            ((ObjectNode) parsed.tree().get("metadata")).put("namespace", "default");
        }
        return parsed;
    }

    private ObjectNode requireObject(JsonNode node, String where) {
        if (node instanceof ObjectNode object) {
            return object;
        }
        throw fail(where, "expected an object (a mapping) but found " + node.getNodeType(), null);
    }

    private SnapshotException fail(String where, String problem, Exception cause) {
        return new SnapshotException(file + " (" + where + "): " + problem, cause);
    }
}
