package dev.triage.mcp.hosting;

import java.util.List;
import java.util.Map;

/**
 * The defaults of the AgentCore Runtime contract, given to {@code SpringApplicationBuilder.properties(...)} so any
 * command-line or environment setting overrides them. The address is not among them: it is {@code 0.0.0.0} with
 * inbound authentication and loopback without ({@link dev.triage.mcp.hosting.inbound.ListenerChecks}).
 */
public final class McpServerDefaults {

    private static final String METRICS = "org.springframework.boot.micrometer.metrics.autoconfigure.";
    private static final String OBSERVATION = "org.springframework.boot.micrometer.observation.autoconfigure.";

    private static final List<String> UNREAD_METRICS = List.of(
            METRICS + "MetricsAutoConfiguration",
            METRICS + "export.simple.SimpleMetricsExportAutoConfiguration",
            METRICS + "jvm.JvmMetricsAutoConfiguration",
            METRICS + "logging.logback.LogbackMetricsAutoConfiguration",
            METRICS + "ssl.SslMetricsAutoConfiguration",
            METRICS + "startup.StartupTimeMetricsListenerAutoConfiguration",
            METRICS + "system.SystemMetricsAutoConfiguration",
            METRICS + "task.TaskExecutorMetricsAutoConfiguration",
            OBSERVATION + "ObservationAutoConfiguration",
            OBSERVATION + "ScheduledTasksObservationAutoConfiguration",
            "org.springframework.boot.tomcat.autoconfigure.metrics.TomcatMetricsAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcObservationAutoConfiguration");

    /**
     * Port 8000; Kubernetes probes at /actuator/health/{liveness,readiness}. No Micrometer metrics or observations:
     * a server exposes only its health and exports no metrics, so nothing would read them; setting them up cost up to
     * a tenth of a server's start-up CPU, and each request was wrapped in an observation. The embedded cluster's
     * API server (fabric8's mock web server) logs warnings only, as in the service: a line per API request costs each
     * tool call its write to the console.
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
            "WARN",
            "spring.autoconfigure.exclude",
            String.join(",", UNREAD_METRICS));

    private McpServerDefaults() {}
}
