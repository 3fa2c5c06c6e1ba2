package dev.triage.agents.grounding;

import dev.triage.agents.tools.ServerTools;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Existence checks against the cluster, through the EKS server's {@code get_resource}. */
public final class ResourceChecks {

    public static final String TOOL = "get_resource";

    private ResourceChecks() {}

    /** Asks {@code eks}; with no EKS server, nothing outside the analyzers' findings can be shown to exist. */
    public static ResourceCheck through(Optional<ServerTools> eks) {
        return resource -> eks.map(tools -> {
                    Map<String, Object> arguments = new LinkedHashMap<>();
                    arguments.put("kind", resource.kind());
                    arguments.put("name", resource.name());
                    if (resource.namespace() != null) {
                        arguments.put("namespace", resource.namespace());
                    }
                    return tools.call(TOOL, arguments).ok();
                })
                .orElse(false);
    }
}
