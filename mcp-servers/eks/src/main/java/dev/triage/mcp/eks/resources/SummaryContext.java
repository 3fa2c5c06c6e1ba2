package dev.triage.mcp.eks.resources;

import io.fabric8.kubernetes.api.model.Endpoints;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * What a summary needs beyond the object itself: the time to judge ages by, and for Services the Endpoints of the
 * same scope (indexed {@code namespace/name}).
 */
record SummaryContext(Instant now, Map<String, Endpoints> endpoints) {

    Optional<Endpoints> endpointsOf(String namespace, String name) {
        return Optional.ofNullable(endpoints.get(namespace + "/" + name));
    }
}
