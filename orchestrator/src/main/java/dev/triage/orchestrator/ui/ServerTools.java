package dev.triage.orchestrator.ui;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.triage.agents.tools.McpEndpoint;
import dev.triage.orchestrator.config.AgentServers;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read tools of the agents' MCP servers that the page shows (namespaces for the pickers, metric series for the
 * charts), called over MCP through a client opened for the call and closed after it, with a timeout. A call goes to
 * a server as the agents' calls do: with the credentials a server that checks tokens needs, through its gateway
 * target, and to the cluster asked about.
 */
@Component
class ServerTools {

    /** The server is not configured, cannot be reached, or did not answer. */
    static class Unavailable extends Exception {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The tool answered with an error result: it understood the call and says what is wrong with it. */
    static final class Refused extends Unavailable {
        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final ObjectProvider<AgentServers> servers;
    private final JsonMapper json;

    ServerTools(ObjectProvider<AgentServers> servers, JsonMapper json) {
        this.servers = servers;
        this.json = json;
    }

    Optional<String> cluster() {
        return Optional.ofNullable(servers.getIfAvailable()).map(AgentServers::cluster);
    }

    /** The names of the clusters investigated, sorted; none when no servers are configured. */
    Set<String> clusters() {
        return Optional.ofNullable(servers.getIfAvailable())
                .map(AgentServers::clusterNames)
                .orElse(Set.of());
    }

    /** {@code cluster} when it is investigated here; else a 404 problem that names the clusters that are. */
    String known(String cluster) {
        if (!clusters().contains(cluster)) {
            HttpStatus status = HttpStatus.NOT_FOUND;
            throw new ErrorResponseException(
                    status,
                    ProblemDetail.forStatusAndDetail(
                            status, "unknown cluster '" + cluster + "'; investigated here: " + clusters()),
                    null);
        }
        return cluster;
    }

    /**
     * The text of {@code tool}'s result on {@code cluster}'s {@code server} (the default cluster's when null), reached
     * as the agents reach it: its URL, the credentials its requests carry, its gateway target.
     */
    String call(String cluster, String server, String tool, Map<String, ?> arguments) throws Unavailable {
        AgentServers configured = servers.getIfAvailable();
        if (configured == null) {
            throw new Unavailable("no MCP servers are configured", null);
        }
        String name = cluster == null ? configured.cluster() : cluster;
        McpEndpoint endpoint =
                configured.clusters().getOrDefault(name, Map.of()).get(server);
        if (endpoint == null) {
            throw new Unavailable("no " + server + " MCP server is configured for cluster '" + name + "'", null);
        }
        try (McpClient client = client(server, endpoint)) {
            return client.executeTool(ToolExecutionRequest.builder()
                            .id("1")
                            .name(tool)
                            .arguments(json.writeValueAsString(arguments))
                            .build())
                    .resultText();
        } catch (ToolExecutionException e) {
            throw new Refused(server + "/" + tool + " answered: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new Unavailable("the " + server + " MCP server did not answer " + tool + ": " + e.getMessage(), e);
        }
    }

    private static McpClient client(String server, McpEndpoint endpoint) {
        return endpoint.asServer(new DefaultMcpClient.Builder()
                .key(server)
                .clientName("triage-ui")
                .transport(endpoint.transport(TIMEOUT, Map::of))
                .initializationTimeout(TIMEOUT)
                .toolExecutionTimeout(TIMEOUT)
                .build());
    }
}
