package dev.triage.agents.tools;

import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import dev.triage.agents.trail.Trail;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured MCP servers, each reached through one client shared by all investigations. A client connects on
 * first use, not at construction: a server that is down at start-up must not stop the service, and the next call
 * tries again.
 */
public final class McpServers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(McpServers.class);

    private final Map<String, Supplier<McpClient>> connectors;
    private final Map<String, McpClient> clients = new ConcurrentHashMap<>();

    private McpServers(Map<String, Supplier<McpClient>> connectors) {
        this.connectors = Map.copyOf(connectors);
    }

    /** Servers spoken to over Streamable HTTP; each URL includes the {@code /mcp} path. */
    public static McpServers over(Map<String, URI> servers, Duration timeout) {
        return over(servers, timeout, McpCredentials.none());
    }

    /** As {@link #over(Map, Duration)}, sending {@code credentials}' headers (a bearer token) on every request. */
    public static McpServers over(
            Map<String, URI> servers, Duration timeout, Supplier<Map<String, String>> credentials) {
        Map<String, Supplier<McpClient>> connectors = new LinkedHashMap<>();
        servers.forEach((name, url) -> connectors.put(name, () -> connect(name, url, timeout, credentials)));
        return new McpServers(connectors);
    }

    /**
     * Servers reached as {@code endpoints} say (a plain URL, an AgentCore Runtime or Gateway, each with its own
     * credentials), every request also carrying {@code requestHeaders} (the trace context).
     */
    public static McpServers at(
            Map<String, McpEndpoint> endpoints, Duration timeout, Supplier<Map<String, String>> requestHeaders) {
        Map<String, Supplier<McpClient>> connectors = new LinkedHashMap<>();
        endpoints.forEach(
                (name, endpoint) -> connectors.put(name, () -> connect(name, endpoint, timeout, requestHeaders)));
        return new McpServers(connectors);
    }

    /** Servers behind clients built elsewhere (in-process servers, tests). */
    public static McpServers of(Map<String, McpClient> clients) {
        Map<String, Supplier<McpClient>> connectors = new LinkedHashMap<>();
        clients.forEach((name, client) -> connectors.put(name, () -> client));
        return new McpServers(connectors);
    }

    public boolean has(String server) {
        return connectors.containsKey(server);
    }

    /** One agent's view of its server for one investigation; empty when the server is not configured. */
    public Optional<ServerTools> tools(ToolAccess access, Trail trail) {
        return has(access.server()) ? Optional.of(new ServerTools(this, access, trail)) : Optional.empty();
    }

    /** The server's client, connecting now if it has none; throws when the server cannot be reached. */
    McpClient client(String server) {
        return clients.computeIfAbsent(server, name -> connectors.get(name).get());
    }

    @Override
    public void close() {
        clients.forEach((name, client) -> {
            try {
                client.close();
            } catch (Exception e) {
                log.warn("Closing the MCP client for {} failed: {}", name, e.toString());
            }
        });
        clients.clear();
    }

    private static McpClient connect(
            String name, McpEndpoint endpoint, Duration timeout, Supplier<Map<String, String>> requestHeaders) {
        return endpoint.asServer(new DefaultMcpClient.Builder()
                .key(name)
                .clientName("triage-agents")
                .transport(endpoint.transport(timeout, requestHeaders))
                .initializationTimeout(timeout)
                .toolExecutionTimeout(timeout)
                .cacheToolList(true)
                .build());
    }

    private static McpClient connect(
            String name, URI url, Duration timeout, Supplier<Map<String, String>> credentials) {
        return new DefaultMcpClient.Builder()
                .key(name)
                .clientName("triage-agents")
                .transport(new StreamableHttpMcpTransport.Builder()
                        .url(url.toString())
                        .timeout(timeout)
                        .customHeaders(credentials)
                        .build())
                .initializationTimeout(timeout)
                .toolExecutionTimeout(timeout)
                .cacheToolList(true)
                .build();
    }
}
