package dev.triage.mcp.runbook.proposal;

import dev.triage.mcp.runbook.catalog.TargetKind;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.Optional;

/** Reads the objects a proposal is judged and planned against, as they are now. Never writes. */
final class LiveObjects {

    private final KubernetesClient client;

    LiveObjects(KubernetesClient client) {
        this.client = client;
    }

    Map<String, String> namespaceLabels(String namespace) {
        Namespace found = client.namespaces().withName(namespace).get();
        if (found == null) {
            throw new Refused(Refusal.TARGET_NOT_FOUND, "namespaces \"" + namespace + "\" not found");
        }
        return labels(found);
    }

    HasMetadata read(TargetKind kind, String namespace, String name) {
        String where = namespace == null ? "" : " in namespace " + namespace;
        return Optional.ofNullable(get(kind, namespace, name))
                .orElseThrow(() -> new Refused(Refusal.TARGET_NOT_FOUND, kind + " \"" + name + "\" not found" + where));
    }

    static Map<String, String> labels(HasMetadata object) {
        Map<String, String> labels = object.getMetadata().getLabels();
        return labels == null ? Map.of() : labels;
    }

    private HasMetadata get(TargetKind kind, String namespace, String name) {
        return switch (kind) {
            case DEPLOYMENT ->
                client.apps()
                        .deployments()
                        .inNamespace(namespace)
                        .withName(name)
                        .get();
            case STATEFUL_SET ->
                client.apps()
                        .statefulSets()
                        .inNamespace(namespace)
                        .withName(name)
                        .get();
            case DAEMON_SET ->
                client.apps().daemonSets().inNamespace(namespace).withName(name).get();
            case POD -> client.pods().inNamespace(namespace).withName(name).get();
            case NODE -> client.nodes().withName(name).get();
        };
    }
}
