package dev.triage.orchestrator.approval;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.mcp.client.DefaultMcpClient;
import dev.langchain4j.mcp.client.McpClient;
import dev.langchain4j.mcp.client.McpException;
import dev.triage.agents.tools.McpEndpoint;
import dev.triage.orchestrator.config.AgentServers;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls one tool of the runbook MCP server, through a client opened for the call and closed after it: nothing
 * connects at start-up, and a server that is down is an {@link Reply.Unavailable} answer, not a stopped service.
 */
@Component
class RunbookTools {

    /** A tool's answer: its text, the text of its error result, or why there was no answer. */
    sealed interface Reply {
        record Ok(String text) implements Reply {}

        /** The tool answered with an error result (a refusal, a failed step, a bad argument). */
        record Failed(String message) implements Reply {}

        /** No server configured, not reachable, or no answer in time: nothing was run, or the trail says what ran. */
        record Unavailable(String reason) implements Reply {}

        /** The server answered with a protocol error. */
        record Broken(String reason) implements Reply {}
    }

    private static final Logger LOG = LoggerFactory.getLogger(RunbookTools.class);
    private static final String SERVER = "runbook";
    // Long enough for a whole plan: execute_runbook applies and verifies every step before it answers.
    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final String TIMED_OUT = "triage: the runbook server did not answer in time";

    private final ObjectProvider<AgentServers> servers;
    private final JsonMapper json;

    RunbookTools(ObjectProvider<AgentServers> servers, JsonMapper json) {
        this.servers = servers;
        this.json = json;
    }

    /** {@code tool} on the default cluster's runbook server. */
    Reply call(String tool, Map<String, String> arguments) {
        return call(Optional.empty(), tool, arguments);
    }

    /**
     * {@code tool} on the runbook server of {@code cluster} (the default cluster's when empty): a runbook acts on the
     * cluster whose server runs it, so a proposal is executed only by its own cluster's server.
     */
    Reply call(Optional<String> cluster, String tool, Map<String, String> arguments) {
        Optional<McpEndpoint> endpoint = endpoint(cluster);
        if (endpoint.isEmpty()) {
            return new Reply.Unavailable(cluster.map(name -> "no runbook server is configured for cluster '" + name
                            + "': set triage.clusters." + name + ".runbook; nothing was run")
                    .orElse("no runbook server is configured: set triage.agents.servers.runbook, or run the "
                            + "embedded default"));
        }
        Optional<URI> url = endpoint.map(McpEndpoint::url);
        ToolExecutionRequest request = ToolExecutionRequest.builder()
                .id("1")
                .name(tool)
                .arguments(json.writeValueAsString(arguments))
                .build();
        McpClient client;
        try {
            client = client(endpoint.get());
        } catch (RuntimeException e) {
            LOG.warn("Connecting to the runbook server at {} for {} failed: {}", url.get(), tool, e.toString());
            return new Reply.Unavailable("the runbook server at " + url.get() + " cannot be reached; nothing was run");
        }
        try {
            return new Reply.Ok(client.executeTool(request).resultText());
        } catch (ToolExecutionException e) {
            if (TIMED_OUT.equals(e.getMessage())) {
                return new Reply.Unavailable(tool + " did not answer within " + TIMEOUT.toSeconds()
                        + "s; it may still be running, and the proposal's audit trail shows what ran");
            }
            return new Reply.Failed(e.getMessage());
        } catch (McpException e) {
            return new Reply.Broken("the runbook server answered " + tool + " with an error: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Calling {} on the runbook server at {} failed: {}", tool, url.get(), e.toString());
            return new Reply.Unavailable("the runbook server at " + url.get() + " did not answer " + tool
                    + "; the proposal's audit trail shows whether anything ran");
        } finally {
            close(client);
        }
    }

    private Optional<McpEndpoint> endpoint(Optional<String> cluster) {
        return Optional.ofNullable(servers.getIfAvailable()).map(agentServers -> agentServers
                .clusters()
                .getOrDefault(cluster.orElse(agentServers.cluster()), Map.of())
                .get(SERVER));
    }

    /** Each request carries the endpoint's credentials: the agents' token (tools/execute), or a SigV4 signature. */
    private static McpClient client(McpEndpoint endpoint) {
        return endpoint.asServer(new DefaultMcpClient.Builder()
                .key(SERVER)
                .clientName("triage-executions")
                .transport(endpoint.transport(TIMEOUT, Map::of))
                .initializationTimeout(Duration.ofSeconds(30))
                .toolExecutionTimeout(TIMEOUT)
                .toolExecutionTimeoutErrorMessage(TIMED_OUT)
                .build());
    }

    /** After the answer is in hand: a failure to close must not hide it. */
    private static void close(McpClient client) {
        try {
            client.close();
        } catch (Exception e) {
            LOG.warn("Closing the runbook server client failed: {}", e.toString());
        }
    }
}
