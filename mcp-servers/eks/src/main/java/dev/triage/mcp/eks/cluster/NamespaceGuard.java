package dev.triage.mcp.eks.cluster;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Optional;

/**
 * The API answers a list in a namespace that does not exist with an empty list; a model would read that as
 * "nothing wrong there". This names the mistake instead.
 */
public final class NamespaceGuard {

    private NamespaceGuard() {}

    /** Why the namespace cannot be used, or empty when it exists (or its existence cannot be checked). */
    public static Optional<String> problemWith(KubernetesClient client, String namespace) {
        try {
            return client.namespaces().withName(namespace).get() == null
                    ? Optional.of("namespaces \"" + namespace + "\" not found; list_namespaces shows the namespaces")
                    : Optional.empty();
        } catch (KubernetesClientException cannotCheck) {
            // Without permission to read namespaces, let the real call speak for itself.
            return Optional.empty();
        }
    }
}
