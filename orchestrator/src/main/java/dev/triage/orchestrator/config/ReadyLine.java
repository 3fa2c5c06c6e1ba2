package dev.triage.orchestrator.config;

import dev.triage.orchestrator.security.AuthConfigured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/** The one line a person needs once the service is up: where it is, what it reads, and how to ask it something. */
final class ReadyLine implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(ReadyLine.class);

    private final AgentServers servers;

    ReadyLine(AgentServers servers) {
        this.servers = servers;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String host = event.getApplicationContext().getEnvironment().getProperty("server.address", "127.0.0.1");
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
                + web.getWebServer().getPort();
        boolean authenticated = AuthConfigured.in(event.getApplicationContext().getEnvironment());
        LOG.info(
                "Triage is ready on {} for cluster {} ({}; {}). Ask: curl -s {}"
                        + "/api/v1/investigations{} -H 'Content-Type: application/json' -d '{\"question\":\"diagnose "
                        + "unhealthy pods\"}'",
                base,
                servers.cluster(),
                servers.embeddedStack()
                        .map(stack -> "embedded, snapshot " + stack.snapshot() + "; MCP servers " + servers.servers())
                        .orElse(
                                servers.clusters().size() > 1
                                        ? "the default of clusters " + servers.clusterNames()
                                        : "MCP servers " + servers.servers()),
                authenticated ? "JWT bearer authentication" : "no authentication, loopback only",
                base,
                authenticated ? " -H \"Authorization: Bearer $TOKEN\"" : "");
    }
}
