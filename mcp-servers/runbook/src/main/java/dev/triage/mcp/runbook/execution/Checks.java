package dev.triage.mcp.runbook.execution;

import dev.triage.model.ResourceRef;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Waits, bounded, for a workload to roll out or an object to report a condition; a timeout fails the step. */
final class Checks {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KubernetesClient client;
    private final Patches resources;

    Checks(KubernetesClient client) {
        this.client = client;
        this.resources = new Patches(client);
    }

    Map<String, Object> rolledOut(ResourceRef target, Duration timeout) {
        wait(target, timeout, this::rolledOut, "rolled out");
        return Map.of("observed", target + " rolled out: every replica updated and available");
    }

    Map<String, Object> condition(ResourceRef target, String type, String status, Duration timeout) {
        wait(target, timeout, object -> hasCondition(object, type, status), "condition " + type + "=" + status);
        return Map.of("observed", target + " reports " + type + "=" + status);
    }

    private void wait(ResourceRef target, Duration timeout, Predicate<JsonNode> done, String what) {
        try {
            resources
                    .resource(target)
                    .waitUntilCondition(
                            object -> object != null && done.test(tree(object)), timeout.toSeconds(), TimeUnit.SECONDS);
        } catch (KubernetesClientTimeoutException e) {
            throw new IllegalStateException(target + " was not " + what + " within " + timeout, e);
        }
    }

    private boolean rolledOut(JsonNode object) {
        JsonNode status = object.path("status");
        if (object.path("kind").asString().equals("DaemonSet")) {
            long desired = status.path("desiredNumberScheduled").asLong(-1);
            return desired == status.path("updatedNumberScheduled").asLong()
                    && desired == status.path("numberAvailable").asLong();
        }
        long replicas = object.path("spec").path("replicas").asLong(1);
        long available = status.has("availableReplicas")
                ? status.path("availableReplicas").asLong()
                : status.path("readyReplicas").asLong();
        return status.path("observedGeneration").asLong()
                        >= object.path("metadata").path("generation").asLong()
                && status.path("updatedReplicas").asLong() == replicas
                && available == replicas;
    }

    private static boolean hasCondition(JsonNode object, String type, String status) {
        return object.path("status")
                .path("conditions")
                .valueStream()
                .anyMatch(c -> type.equals(c.path("type").asString())
                        && status.equals(c.path("status").asString()));
    }

    private JsonNode tree(HasMetadata object) {
        return JSON.readTree(client.getKubernetesSerialization().asJson(object));
    }
}
