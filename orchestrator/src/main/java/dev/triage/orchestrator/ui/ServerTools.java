package dev.triage.orchestrator.ui;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.transport.http.StreamableHttpMcpTransport;
import dev.triage.orchestrator.config.AgentServers;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Read tools of the agents' MCP servers that the page shows (namespaces for the pickers, metric series for the
 * charts), called over MCP through a client opened for the call and closed after it, with a timeout.
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

    /** The text of {@code tool}'s result on {@code server} (eks, cloudwatch). */
    String call(String server, String tool, Map<String, ?> arguments) throws Unavailable {
        URI url = Optional.ofNullable(servers.getIfAvailable())
                .map(agentServers -> agentServers.servers().get(server))
                .orElseThrow(() -> new Unavailable("no " + server + " MCP server is configured", null));
        try (McpClient client = client(server, url)) {
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

    private static McpClient client(String server, URI url) {
        return new DefaultMcpClient.Builder()
                .key(server)
                .clientName("triage-ui")
                .transport(new StreamableHttpMcpTransport.Builder()
                        .url(url.toString())
                        .timeout(TIMEOUT)
                        .build())
                .initializationTimeout(TIMEOUT)
                .toolExecutionTimeout(TIMEOUT)
                .build();
    }
}
