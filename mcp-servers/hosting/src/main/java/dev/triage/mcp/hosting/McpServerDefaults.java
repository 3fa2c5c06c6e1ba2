package dev.triage.mcp.hosting;

import java.util.Map;

/**
 * The defaults of the AgentCore Runtime contract, given to {@code SpringApplicationBuilder.properties(...)} so any
 * command-line or environment setting overrides them.
 */
public final class McpServerDefaults {

    /** Listen on every interface, port 8000; Kubernetes probes at /actuator/health/{liveness,readiness}. */
    public static final Map<String, Object> PROPERTIES = Map.of(
            "server.address", "0.0.0.0",
            "server.port", 8000,
            "management.endpoint.health.probes.enabled", true,
            "management.endpoints.web.exposure.include", "health",
            "spring.main.banner-mode", "off");

    private McpServerDefaults() {}
}
