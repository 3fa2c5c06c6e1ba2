package dev.triage.kubernetes.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.autoscaling.v1.Scale;
import io.fabric8.kubernetes.api.model.autoscaling.v1.ScaleBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.crud.AttributeSet;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code /scale} subresource of Deployments, StatefulSets and ReplicaSets, which CRUD mode lacks: reads the
 * workload's replicas, and writes {@code spec.replicas} back (a PUT of a Scale or a patch of spec.replicas). No
 * controller runs here, so status stays as captured.
 */
final class ScaleEndpoint {

    private static final Pattern PATH = Pattern.compile(
            "(/apis/apps/v1/namespaces/([^/?]+)/(deployments|statefulsets|replicasets)/([^/?]+))/scale(?:\\?.*)?");

    private final KubernetesCrudDispatcher store;
    private final KubernetesSerialization serialization;

    ScaleEndpoint(KubernetesCrudDispatcher store, KubernetesSerialization serialization) {
        this.store = store;
        this.serialization = serialization;
    }

    boolean matches(String path) {
        return PATH.matcher(path).matches();
    }

    MockResponse serve(RecordedRequest request) {
        Matcher matcher = PATH.matcher(request.getPath());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a scale path: " + request.getPath());
        }
        String path = matcher.group(1);
        Map.Entry<AttributeSet, String> stored = store.findResource(store.getKey(path));
        if (stored == null) {
            String resource = matcher.group(3) + ".apps \"" + matcher.group(4) + "\"";
            return ApiError.notFound(resource + " not found").toResponse(serialization);
        }
        GenericKubernetesResource workload =
                serialization.unmarshal(stored.getValue(), GenericKubernetesResource.class);
        if (request.method() == HttpMethod.PUT || request.method() == HttpMethod.PATCH) {
            JsonNode replicas = replicas(request.getUtf8Body());
            if (!replicas.canConvertToInt()) {
                return ApiError.badRequest("spec.replicas must be a number").toResponse(serialization);
            }
            workload = update(path, stored.getKey(), workload, replicas.intValue());
        }
        return new MockResponse()
                .setResponseCode(200)
                .setHeader("Content-Type", "application/json")
                .setBody(serialization.asJson(scaleOf(workload)));
    }

    private JsonNode replicas(String body) {
        try {
            return serialization.unmarshal(body, JsonNode.class).at("/spec/replicas");
        } catch (RuntimeException notJson) {
            return MissingNode.getInstance();
        }
    }

    private GenericKubernetesResource update(
            String path, AttributeSet key, GenericKubernetesResource workload, int replicas) {
        Map<String, Object> spec = workload.get("spec");
        spec.put("replicas", replicas);
        Long generation = workload.getMetadata().getGeneration();
        workload.getMetadata().setGeneration(generation == null ? 1 : generation + 1);
        workload.getMetadata().setResourceVersion(String.valueOf(store.requestResourceVersion()));
        store.processEvent(path, store.getKey(path), key, workload, serialization.asJson(workload));
        return workload;
    }

    private static Scale scaleOf(GenericKubernetesResource workload) {
        Object specReplicas = workload.get("spec", "replicas");
        Object statusReplicas = workload.get("status", "replicas");
        return new ScaleBuilder()
                .withNewMetadata()
                .withName(workload.getMetadata().getName())
                .withNamespace(workload.getMetadata().getNamespace())
                .withResourceVersion(workload.getMetadata().getResourceVersion())
                .withCreationTimestamp(workload.getMetadata().getCreationTimestamp())
                .endMetadata()
                .withNewSpec()
                .withReplicas(specReplicas == null ? 1 : ((Number) specReplicas).intValue())
                .endSpec()
                .withNewStatus()
                .withReplicas(statusReplicas == null ? 0 : ((Number) statusReplicas).intValue())
                .endStatus()
                .build();
    }
}
