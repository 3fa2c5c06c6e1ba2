package dev.triage.mcp.hosting;

import java.util.Map;

/**
 * The defaults of the AgentCore Runtime contract, given to {@code SpringApplicationBuilder.properties(...)} so any
 * command-line or environment setting overrides them. The address is not among them: it is {@code 0.0.0.0} with
 * inbound authentication and loopback without ({@link dev.triage.mcp.hosting.inbound.ListenerChecks}).
 */
public final class McpServerDefaults {

    /**
     * Port 8000; Kubernetes probes at /actuator/health/{liveness,readiness}. The embedded cluster's API server
     * (fabric8's mock web server) logs warnings only, as in the service: a line per API request costs each tool call
     * its write to the console.
     */
    public static final Map<String, Object> PROPERTIES = Map.of(
            "server.port",
            8000,
            "management.endpoint.health.probes.enabled",
            true,
            "management.endpoints.web.exposure.include",
            "health",
            "spring.main.banner-mode",
            "off",
            "logging.level.io.fabric8.mockwebserver",
            "WARN");

    private McpServerDefaults() {}
}
