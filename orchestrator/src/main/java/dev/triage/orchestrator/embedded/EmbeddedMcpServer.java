package dev.triage.orchestrator.embedded;

import dev.triage.kubernetes.ClusterConnection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An MCP server started in this JVM as its own Spring Boot application on a free loopback port. Callers reach it only
 * over MCP HTTP at {@link #url()}, exactly as they would reach it in its own container.
 */
public record EmbeddedMcpServer(String name, URI url, ConfigurableApplicationContext context) implements AutoCloseable {

    /**
     * Starts {@code application} on 127.0.0.1 and a free port, reading the cluster through {@code cluster} (which
     * the caller keeps and closes), with the given extra properties.
     */
    public static EmbeddedMcpServer start(
            String name, Class<?> application, ClusterConnection cluster, Map<String, String> properties) {
        return start(name, application, cluster, properties, true);
    }

    /** As above; without {@code managed}, the server has no actuator endpoints, metrics or observations. */
    public static EmbeddedMcpServer start(
            String name,
            Class<?> application,
            ClusterConnection cluster,
            Map<String, String> properties,
            boolean managed) {
        // The service's OpenAPI generator is on this classpath too: an MCP server has no REST API to describe.
        List<String> args = new ArrayList<>(
                List.of("--server.address=127.0.0.1", "--server.port=0", "--springdoc.api-docs.enabled=false"));
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(application)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("clusterConnection", cluster));
        if (!managed) {
            builder.listeners(new WithoutManagement());
        }
        ConfigurableApplicationContext context = builder.run(args.toArray(String[]::new));
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new EmbeddedMcpServer(name, URI.create("http://127.0.0.1:" + port + "/mcp"), context);
    }

    @Override
    public void close() {
        context.close();
    }
}
