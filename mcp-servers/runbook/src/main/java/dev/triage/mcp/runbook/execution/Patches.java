package dev.triage.mcp.runbook.execution;

import dev.triage.mcp.runbook.proposal.PlanStep;
import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sends a planned change. A JSON merge or JSON patch goes as planned. A strategic-merge patch of maps alone (restart,
 * cordon) means the same as a JSON merge patch and goes as one; the one with a list (a container's limit, where
 * strategic merge matches containers by name) goes as the equivalent JSON patch against the container's index, with
 * a test of the container's name, so it is exact on any API server, including one without strategic merge.
 */
final class Patches {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String CONTAINERS = "/spec/template/spec/containers";

    private final KubernetesClient client;

    Patches(KubernetesClient client) {
        this.client = client;
    }

    Map<String, Object> apply(PlanStep step) {
        JsonNode planned = JSON.valueToTree(step.patch());
        Resource<? extends HasMetadata> resource = resource(step.object());
        String body;
        PatchType type;
        if ("json".equals(step.patchType())) {
            type = PatchType.JSON;
            body = planned.toString();
        } else if (!hasList(planned)) {
            type = PatchType.JSON_MERGE;
            body = planned.toString();
        } else {
            type = PatchType.JSON;
            body = JSON.writeValueAsString(containerOperations(resource, planned));
        }
        HasMetadata after = resource.patch(PatchContext.of(type), body);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("patchType", type.name());
        detail.put("patch", JSON.readTree(body));
        detail.put("resourceVersion", after.getMetadata().getResourceVersion());
        return detail;
    }

    Map<String, Object> deletePod(ResourceRef pod) {
        var deleted =
                client.pods().inNamespace(pod.namespace()).withName(pod.name()).delete();
        if (deleted.isEmpty()) {
            throw new IllegalStateException("pod " + pod.namespace() + "/" + pod.name() + " was already gone");
        }
        return Map.of("deleted", pod);
    }

    Resource<? extends HasMetadata> resource(ResourceRef ref) {
        return switch (ref.kind()) {
            case "Deployment" ->
                client.apps().deployments().inNamespace(ref.namespace()).withName(ref.name());
            case "StatefulSet" ->
                client.apps().statefulSets().inNamespace(ref.namespace()).withName(ref.name());
            case "DaemonSet" ->
                client.apps().daemonSets().inNamespace(ref.namespace()).withName(ref.name());
            case "Pod" -> client.pods().inNamespace(ref.namespace()).withName(ref.name());
            case "Node" -> client.nodes().withName(ref.name());
            default -> throw new IllegalArgumentException("no runbook acts on a " + ref.kind());
        };
    }

    /** The strategic merge of one container's fields, as JSON patch operations on that container. */
    private List<Map<String, Object>> containerOperations(Resource<? extends HasMetadata> resource, JsonNode planned) {
        JsonNode wanted = planned.at(CONTAINERS + "/0");
        String name = wanted.path("name").asString();
        if (planned.at(CONTAINERS).size() != 1 || name.isEmpty()) {
            throw new IllegalStateException("a strategic-merge patch with lists other than one container: " + planned);
        }
        JsonNode live = JSON.readTree(client.getKubernetesSerialization().asJson(resource.require()));
        String path = CONTAINERS + "/" + index(live.at(CONTAINERS), name);
        List<Map<String, Object>> operations = new ArrayList<>();
        operations.add(Map.of("op", "test", "path", path + "/name", "value", name));
        merge(operations, live.at(path), path, (ObjectNode) wanted, "name");
        return operations;
    }

    /** Adds what {@code wanted} sets below {@code path}: whole objects where the live one has none. */
    private static void merge(
            List<Map<String, Object>> ops, JsonNode live, String path, ObjectNode wanted, String skip) {
        for (var field : wanted.properties()) {
            if (field.getKey().equals(skip)) {
                continue;
            }
            String child = path + "/" + field.getKey().replace("~", "~0").replace("/", "~1");
            JsonNode existing = live.path(field.getKey());
            if (field.getValue() instanceof ObjectNode object && existing.isObject()) {
                merge(ops, existing, child, object, null);
            } else {
                ops.add(Map.of("op", "add", "path", child, "value", field.getValue()));
            }
        }
    }

    private static int index(JsonNode containers, String name) {
        for (int i = 0; i < containers.size(); i++) {
            if (name.equals(containers.get(i).path("name").asString())) {
                return i;
            }
        }
        throw new IllegalStateException("the object has no container " + name + " any more");
    }

    private static boolean hasList(JsonNode node) {
        return node.isArray() || node.valueStream().anyMatch(Patches::hasList);
    }
}
